package dev.mledrill.chat.discord;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Which channel a practice DM was requested from. Discord DMs carry no guild, so the adapter
 * remembers it when it sends the practice question; answers in that DM are then reported for
 * that channel with the DM as their thread, matching what {@code postPractice} returned.
 */
final class PracticeChannels {
    static final String NO_GUILD = "@me";

    private final Map<String, ChannelRef> requestedIn = new ConcurrentHashMap<>();
    private final Supplier<String> soleGuild;

    /** {@code soleGuild} gives the guild id when the bot is in exactly one guild, else null. */
    PracticeChannels(Supplier<String> soleGuild) {
        this.soleGuild = soleGuild;
    }

    void remember(String dmChannelId, ChannelRef requestedFrom) {
        requestedIn.put(dmChannelId, requestedFrom);
    }

    /** The channel a DM's answers belong to; after a restart, the DM itself under the bot's only guild. */
    ChannelRef channelFor(String dmChannelId) {
        ChannelRef known = requestedIn.get(dmChannelId);
        if (known != null) {
            return known;
        }
        String guild = soleGuild.get();
        return new ChannelRef(Platform.DISCORD, guild == null ? NO_GUILD : guild, dmChannelId);
    }
}
