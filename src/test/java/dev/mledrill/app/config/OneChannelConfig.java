package dev.mledrill.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** A config file with one Slack channel and the given extra channel keys, loaded as the service would. */
final class OneChannelConfig {
    private static final String CHANNEL = """
            channels:
              - platform: slack
                team: T1
                channel: C1
                schedule: "0 0 9 ? * MON-FRI"
                time_zone: Europe/Berlin
            """;

    private OneChannelConfig() {}

    /** {@code extra}: lines indented four spaces, added to the channel's entry. */
    static AppConfig load(Path dir, String extra) throws Exception {
        Path file = dir.resolve("mle-drill.yaml");
        Files.writeString(file, CHANNEL + extra);
        return ConfigLoader.load(Optional.of(file), Map.of());
    }
}
