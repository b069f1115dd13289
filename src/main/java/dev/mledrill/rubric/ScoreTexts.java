package dev.mledrill.rubric;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts a stored score refers to by number ({@link ScoreCodec}): criterion and flag ids, bands,
 * the rewrite tips, the fixed flag explanations and the question bank's key points, one a line in
 * {@code score-texts.txt}; index 0 is the empty text. Stored scores hold these numbers forever, so
 * the file is append-only: a changed tip is a new line, never an edited one.
 */
final class ScoreTexts {
    private static final List<String> TEXTS = load();
    private static final Map<String, Integer> INDEX = index(TEXTS);

    private ScoreTexts() {}

    /** The text's number, or -1 if it is not one of the fixed texts. */
    static int indexOf(String text) {
        return INDEX.getOrDefault(text, -1);
    }

    static String at(int index) {
        if (index < 0 || index >= TEXTS.size()) {
            throw new IllegalArgumentException("no fixed score text " + index);
        }
        return TEXTS.get(index);
    }

    static int size() {
        return TEXTS.size();
    }

    private static List<String> load() {
        List<String> texts = new ArrayList<>();
        texts.add("");
        try (InputStream in = ScoreTexts.class.getResourceAsStream("score-texts.txt")) {
            if (in == null) {
                throw new IllegalStateException("score-texts.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                texts.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("score-texts.txt could not be read", e);
        }
        return List.copyOf(texts);
    }

    private static Map<String, Integer> index(List<String> texts) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = texts.size() - 1; i >= 0; i--) {
            index.put(texts.get(i), i);
        }
        return Map.copyOf(index);
    }
}
