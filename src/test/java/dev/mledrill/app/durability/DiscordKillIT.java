package dev.mledrill.app.durability;

import dev.mledrill.chat.discord.DiscordKillStandIn;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar's {@code run} on Discord (fake gateway and REST) with the embedded H2 database, under kill -9. */
class DiscordKillIT {
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    @DisplayName(
            "after kill -9 at random points: every answer fed back is stored once, feedback at most once, one post per day")
    void killRounds() throws Exception {
        KillRounds.run("DiscordKillIT", dir, DiscordKillStandIn::new, KillRound.h2());
    }
}
