package dev.mledrill.question;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found while loading the bank, each as {@code path:line: what is wrong}. */
final class LoadErrors {

    private record LoadError(String file, int line, String message) {
        String format() {
            return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
        }
    }

    private final List<LoadError> errors = new ArrayList<>();

    /** Records a problem; a {@code line} of 0 means the file (or directory) as a whole. */
    void add(Path file, int line, String message) {
        errors.add(new LoadError(file.toString(), line, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int size() {
        return errors.size();
    }

    /** The errors ordered by file, then line, then the order they were found in. */
    List<String> formatted() {
        return errors.stream()
                .sorted(Comparator.comparing(LoadError::file).thenComparingInt(LoadError::line))
                .map(LoadError::format)
                .toList();
    }
}
