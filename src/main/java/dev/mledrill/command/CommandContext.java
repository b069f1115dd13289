package dev.mledrill.command;

import dev.mledrill.chat.ChatEvent;
import dev.mledrill.drill.ChannelSettings;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** One command being answered: the event, its arguments after the subcommand, and the channel's settings if configured. */
record CommandContext(ChatEvent.CommandInvoked event, List<String> args, Optional<ChannelSettings> settings) {

    /** The zone for day and week boundaries: the channel's, else UTC. */
    ZoneId zone() {
        return settings.map(ChannelSettings::zone).orElse(ZoneOffset.UTC);
    }

    /** Whether the caller may run admin commands: a platform admin, or listed in the channel's admins. */
    boolean admin() {
        return event.admin()
                || settings.map(s -> s.admins().contains(event.user().id())).orElse(false);
    }

    boolean showNames() {
        return settings.map(ChannelSettings::showNames).orElse(true);
    }

    Optional<String> arg(int index) {
        return index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
    }
}
