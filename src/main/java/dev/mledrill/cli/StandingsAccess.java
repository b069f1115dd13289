package dev.mledrill.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mledrill.app.config.AppConfig;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.drill.ChannelSettings;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ParameterException;

/** What the leaderboard, streak and schedule commands share: finding a channel, writing JSON. */
final class StandingsAccess {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private StandingsAccess() {}

    /**
     * A channel by its configured id or name ({@code #} optional), or written out as
     * {@code platform:team:channel} for a channel that is no longer configured.
     */
    static ChannelSettings channel(AppConfig config, String wanted, picocli.CommandLine commandLine) {
        String bare = wanted.startsWith("#") ? wanted.substring(1) : wanted;
        List<ChannelSettings> matches = config.channels().stream()
                .filter(s -> s.channel().id().equals(bare)
                        || s.name().equals(wanted)
                        || s.name().equals(bare)
                        || (s.channel().platform().id() + ":" + s.channel().team() + ":"
                                        + s.channel().id())
                                .equals(wanted))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new ParameterException(
                    commandLine, "channel '" + wanted + "' is ambiguous; write it as platform:team:channel");
        }
        return explicit(wanted)
                .orElseThrow(() -> new ParameterException(
                        commandLine,
                        "unknown channel '" + wanted
                                + "'; configured: "
                                + String.join(
                                        ", ",
                                        config.channels().stream()
                                                .map(ChannelSettings::name)
                                                .toList())
                                + " (or write platform:team:channel)"));
    }

    private static Optional<ChannelSettings> explicit(String wanted) {
        String[] parts = wanted.split(":");
        if (parts.length != 3) {
            return Optional.empty();
        }
        ChannelRef ref = new ChannelRef(Platform.fromId(parts[0]), parts[1], parts[2]);
        return Optional.of(new ChannelSettings(
                ref,
                parts[2],
                "0 0 9 ? * MON-FRI",
                java.time.ZoneOffset.UTC,
                java.util.Map.of(),
                java.util.Set.of(),
                Optional.empty(),
                dev.mledrill.chat.FeedbackMode.THREAD,
                true,
                true,
                List.of()));
    }
}
