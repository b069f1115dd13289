package dev.mledrill.question;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads the question bank from a directory of YAML files ({@code *.yaml}, {@code *.yml}; each a
 * list of questions) plus the optional {@code categories.yaml}. Everything is validated and every
 * problem collected; if there is any, nothing loads and {@link QuestionBankException} lists them.
 */
public final class QuestionBankLoader {

    private QuestionBankLoader() {}

    public static QuestionBank load(Path dir) {
        LoadErrors errors = new LoadErrors();
        List<Path> files = questionFiles(dir, errors);
        CategoryCatalog categories = files.isEmpty() && !errors.isEmpty()
                ? CategoryCatalog.builtInOnly()
                : CategoryCatalog.read(dir, errors);
        List<QuestionReader.Located> questions = new ArrayList<>();
        for (Path file : files) {
            questions.addAll(readFile(file, categories, errors));
        }
        rejectDuplicateIds(questions, errors);
        if (!errors.isEmpty()) {
            throw new QuestionBankException(errors.formatted());
        }
        return QuestionBank.of(
                questions.stream().map(QuestionReader.Located::question).toList());
    }

    private static List<Path> questionFiles(Path dir, LoadErrors errors) {
        if (!Files.isDirectory(dir)) {
            errors.add(dir, 0, "no such directory");
            return List.of();
        }
        List<Path> entries;
        try (Stream<Path> listing = Files.list(dir)) {
            entries = listing.filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            errors.add(dir, 0, "cannot list the directory: " + e.getMessage());
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                errors.add(entry, 0, "is a directory; the bank reads only the .yaml files directly in " + dir);
            } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                if (!name.equals(CategoryCatalog.FILE_NAME)) {
                    files.add(entry);
                }
            } else if (!name.endsWith(".md")) {
                errors.add(entry, 0, "is not a question file; name question files *.yaml (or move this file out)");
            }
        }
        if (files.isEmpty()) {
            errors.add(dir, 0, "holds no question files (*.yaml)");
        }
        return files;
    }

    private static List<QuestionReader.Located> readFile(Path file, CategoryCatalog categories, LoadErrors errors) {
        Optional<YamlNode> root = BankFileParser.parse(file, errors);
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof YamlNode.Sequence list)) {
            errors.add(
                    file,
                    root.get().line(),
                    "expected a list of questions (each starting with '- id: ...'), found "
                            + root.get().kind());
            return List.of();
        }
        QuestionReader reader = new QuestionReader(file, errors, categories);
        List<QuestionReader.Located> questions = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            reader.read(list.items().get(i), i + 1).ifPresent(questions::add);
        }
        return questions;
    }

    private static void rejectDuplicateIds(List<QuestionReader.Located> questions, LoadErrors errors) {
        Map<String, QuestionReader.Located> first = new HashMap<>();
        for (QuestionReader.Located located : questions) {
            QuestionReader.Located earlier =
                    first.putIfAbsent(located.question().id(), located);
            if (earlier != null) {
                errors.add(
                        located.file(),
                        located.line(),
                        "duplicate id '" + located.question().id() + "' (first defined at " + earlier.file() + ":"
                                + earlier.line() + ")");
            }
        }
    }
}
