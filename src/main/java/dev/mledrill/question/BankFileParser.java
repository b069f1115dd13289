package dev.mledrill.question;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one bank file into a located YAML tree, turning every way it can fail into a load error. */
final class BankFileParser {

    private static final Pattern PLACE = Pattern.compile("^ in '[^']*', line (\\d+), column (\\d+):");

    private BankFileParser() {}

    /** The file's root value; empty when the file is unreadable, invalid YAML or holds no document. */
    static Optional<YamlNode> parse(Path file, LoadErrors errors) {
        Optional<String> text = YamlText.read(file, errors);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<YamlNode> root = YamlTreeReader.read(text.get());
            if (root.isEmpty()) {
                errors.add(file, 0, "the file is empty; it must hold a list (delete the file if it is not needed)");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            SyntaxError error =
                    describe(e.getOriginalMessage(), location == null ? 0 : Math.max(location.getLineNr(), 0));
            errors.add(file, error.line(), "invalid YAML: " + error.text());
            return Optional.empty();
        } catch (IOException e) {
            errors.add(file, 0, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A YAML syntax error in one line of text, and the line it is on. */
    record SyntaxError(int line, String text) {}

    /**
     * Condenses SnakeYAML's multi-line message ("while scanning X / in 'reader', line N, column C /
     * found Y / in 'reader', line M ...") to the problem, where it is, and where its context began.
     */
    static SyntaxError describe(String message, int fallbackLine) {
        if (message == null || message.isBlank()) {
            return new SyntaxError(fallbackLine, "syntax error");
        }
        List<String> lines = message.strip().lines().toList();
        List<String> statements = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        for (String line : lines) {
            Matcher place = PLACE.matcher(line);
            if (place.find()) {
                places.add(new int[] {Integer.parseInt(place.group(1)), Integer.parseInt(place.group(2))});
            } else if (!line.startsWith(" ") && !line.isBlank()) {
                statements.add(line.strip());
            }
        }
        String problem = statements.isEmpty() ? lines.get(0).strip() : statements.get(statements.size() - 1);
        StringBuilder text = new StringBuilder(problem);
        int line = fallbackLine;
        if (!places.isEmpty()) {
            int[] where = places.get(places.size() - 1);
            line = where[0];
            text.append(" at column ").append(where[1]);
        }
        if (statements.size() > 1 && places.size() > 1) {
            text.append(" (")
                    .append(statements.get(0))
                    .append(" that starts on line ")
                    .append(places.get(0)[0])
                    .append(')');
        }
        if (problem.contains("mapping values are not allowed")) {
            text.append("; put text that contains ': ' in quotes");
        }
        return new SyntaxError(line, text.toString());
    }
}
