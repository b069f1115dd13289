package dev.mledrill.app;

import dev.mledrill.followup.FollowUpLoader;
import dev.mledrill.followup.FollowUpTemplates;
import dev.mledrill.question.QuestionBank;
import dev.mledrill.question.QuestionBankLoader;
import dev.mledrill.rubric.Rubric;
import dev.mledrill.rubric.RubricLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The question bank, the rubric and the follow-up templates that ship inside the jar. A {@code questions_dir} or
 * {@code rubric_file} that exists replaces them; the default paths ({@code questions},
 * {@code config/rubric.yaml}, relative to the working directory) fall back to the bundled copies
 * when missing, so the jar works from any directory. A path configured elsewhere must exist.
 */
public final class BundledContent {
    public static final Path DEFAULT_QUESTIONS = Path.of("questions");
    public static final Path DEFAULT_RUBRIC = Path.of("config", "rubric.yaml");
    private static final String ROOT = "mle-drill";
    private static final String FOLLOW_UPS = "follow-ups.yaml";

    private BundledContent() {}

    /** The bank in {@code dir} when it is a directory, else the bundled one if {@code dir} is the default. */
    public static QuestionBank bank(Path dir) {
        return QuestionBankLoader.load(questionsDir(dir));
    }

    /** Where the bank is read from: {@code dir}, or the bundled directory when {@code dir} is the missing default. */
    public static Path questionsDir(Path dir) {
        if (Files.isDirectory(dir) || !dir.equals(DEFAULT_QUESTIONS)) {
            return dir;
        }
        return bundled("questions");
    }

    /** The rubric in {@code file} when it exists, else the bundled one if {@code file} is the default. */
    public static Rubric rubric(Path file) {
        if (Files.isRegularFile(file)) {
            return RubricLoader.load(file);
        }
        if (!file.equals(DEFAULT_RUBRIC)) {
            throw new IllegalArgumentException(
                    file + ": no such rubric file (leave rubric_file unset for the bundled rubric)");
        }
        return RubricLoader.load(bundled("rubric.yaml"));
    }

    /**
     * The follow-up templates beside the rubric: {@code follow-ups.yaml} in the rubric file's directory
     * when it exists there, else the bundled copy.
     */
    public static FollowUpTemplates followUps(Path rubricFile) {
        Path beside = rubricFile.resolveSibling(FOLLOW_UPS);
        return FollowUpLoader.load(Files.isRegularFile(beside) ? beside : bundled(FOLLOW_UPS));
    }

    private static Path bundled(String name) {
        URL marker = BundledContent.class.getResource("/" + ROOT + "/rubric.yaml");
        if (marker == null) {
            throw new IllegalStateException("the bundled questions and rubric are missing from the classpath");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).getPath("/" + ROOT, name);
            }
            return Path.of(uri).getParent().resolve(name);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad bundled content location " + marker, e);
        }
    }

    private static synchronized FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException open) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled questions from the jar", e);
        }
    }
}
