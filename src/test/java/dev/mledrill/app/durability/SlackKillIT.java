package dev.mledrill.app.durability;

import dev.mledrill.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar's {@code run} on Slack (fake Socket Mode) with the embedded H2 database, under kill -9. */
class SlackKillIT {
    @TempDir
    Path dir;

    @Test
    @DisplayName("after kill -9 at random points: every acknowledged answer stored once, feedback at most once, one post per day")
    void killRounds() throws Exception {
        KillRounds.run("SlackKillIT", dir, SlackStandIn::new, new KillRound.Databases() {
            @Override
            public String database(Path roundDir, int round) {
                return roundDir.resolve("data").toString();
            }

            @Override
            public Database open(String database) {
                return Database.h2Existing(Path.of(database));
            }
        });
    }
}
