package dev.mledrill.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Where an answer goes when the database cannot take it, so that no answer is ever lost: a text
 * file under the data directory's {@code unsaved-answers/} (else the temp directory), which can be
 * piped into {@code drill} again.
 */
final class UnsavedAnswers {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private UnsavedAnswers() {}

    /** Writes {@code answer} to a new file and returns it; empty when no place could be written. */
    static Optional<Path> keep(String database, String user, String answer, Instant now) {
        String name = STAMP.format(now) + "-" + user.replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + ProcessHandle.current().pid() + ".txt";
        for (Path dir : places(database)) {
            try {
                Files.createDirectories(dir);
                return Optional.of(Files.writeString(dir.resolve(name), answer + "\n", StandardCharsets.UTF_8));
            } catch (IOException | SecurityException notWritable) {
                // try the next place
            }
        }
        return Optional.empty();
    }

    private static List<Path> places(String database) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"), "mle-drill-unsaved-answers");
        return database.startsWith("jdbc:")
                ? List.of(temp)
                : List.of(Path.of(database).resolve("unsaved-answers"), temp);
    }
}
