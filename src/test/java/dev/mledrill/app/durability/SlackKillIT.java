package dev.mledrill.app.durability;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar's {@code run} on Slack (fake Socket Mode) with the embedded H2 database, under kill -9. */
class SlackKillIT {
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    @DisplayName(
            "after kill -9 at random points: every acknowledged answer stored once, feedback at most once, one post per day")
    void killRounds() throws Exception {
        KillRounds.run("SlackKillIT", dir, SlackStandIn::new, KillRound.h2());
    }
}
