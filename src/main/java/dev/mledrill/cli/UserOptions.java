package dev.mledrill.cli;

import dev.mledrill.chat.Platform;
import dev.mledrill.privacy.UserSelector;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Whose data a privacy command is about: {@code --user}, narrowed by {@code --platform} and {@code --team}. */
final class UserOptions {
    @Option(
            names = "--user",
            required = true,
            paramLabel = "ID",
            description = "The user's id on the platform (Slack U..., Discord snowflake).")
    String user;

    @Option(
            names = "--team",
            paramLabel = "T",
            description =
                    "Only this workspace (Slack team id, Discord server id); needs --platform. Default: every workspace.")
    String team;

    @Option(names = "--platform", paramLabel = "P", description = "slack, discord or console. Default: every platform.")
    String platform;

    UserSelector selector() {
        return new UserSelector(user, Optional.ofNullable(platform).map(Platform::fromId), Optional.ofNullable(team));
    }
}
