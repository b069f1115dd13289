package dev.mledrill.drill.copies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBankLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The graded near-copy set: pairs of texts a careful reader calls "the same answer give or take
 * small edits" or not. Copies: hand-made edits (copies.jsonl) and seeded small edits of every
 * honest answer and model answer. Not copies: honest answers by different people to the same
 * question with the same key points (honest.jsonl), and answers to different questions (every
 * pair of the bank's model answers, and of the honest answers across questions).
 */
final class GradedPairs {
    enum Kind {
        HAND_COPY,
        EDITED_COPY,
        HONEST_SAME_QUESTION,
        DIFFERENT_QUESTION
    }

    record Pair(Kind kind, String label, String a, String b) {
        boolean copy() {
            return kind == Kind.HAND_COPY || kind == Kind.EDITED_COPY;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private GradedPairs() {}

    static List<Pair> all() {
        Map<String, JsonNode> honest = new LinkedHashMap<>();
        for (JsonNode row : read("/copies/honest.jsonl")) {
            honest.put(row.get("question").asText() + "/" + row.get("author").asText(), row);
        }
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode row : read("/copies/copies.jsonl")) {
            String of = row.get("of").asText();
            pairs.add(new Pair(
                    Kind.HAND_COPY,
                    of + " (" + row.get("edit").asText() + ")",
                    honest.get(of).get("answer").asText(),
                    row.get("answer").asText()));
        }
        List<JsonNode> rows = List.copyOf(honest.values());
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                boolean same = rows.get(i)
                        .get("question")
                        .asText()
                        .equals(rows.get(j).get("question").asText());
                pairs.add(new Pair(
                        same ? Kind.HONEST_SAME_QUESTION : Kind.DIFFERENT_QUESTION,
                        label(rows.get(i)) + " vs " + label(rows.get(j)),
                        rows.get(i).get("answer").asText(),
                        rows.get(j).get("answer").asText()));
            }
        }
        List<Question> bank = QuestionBankLoader.load(Path.of("questions")).all();
        for (int i = 0; i < bank.size(); i++) {
            for (int j = i + 1; j < bank.size(); j++) {
                pairs.add(new Pair(
                        Kind.DIFFERENT_QUESTION,
                        bank.get(i).id() + " vs " + bank.get(j).id(),
                        prose(bank.get(i)),
                        prose(bank.get(j))));
            }
        }
        Random random = new Random(12);
        List<String> originals = new ArrayList<>();
        rows.forEach(r -> originals.add(r.get("answer").asText()));
        bank.forEach(q -> originals.add(prose(q)));
        for (String original : originals) {
            SmallEdit edit = SmallEdit.values()[random.nextInt(SmallEdit.values().length)];
            pairs.add(new Pair(Kind.EDITED_COPY, edit.name(), original, edit.apply(original, random)));
        }
        return pairs;
    }

    static String prose(Question q) {
        return String.join(" ", q.modelAnswer());
    }

    private static String label(JsonNode row) {
        return row.get("question").asText() + "/" + row.get("author").asText();
    }

    /** The small edits a copier makes to pass a text off as their own. */
    enum SmallEdit {
        /** About one word in eight replaced, dropped or misspelt. */
        WORDS {
            @Override
            String apply(String text, Random random) {
                List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
                for (int i = 0; i < words.size(); i++) {
                    if (random.nextInt(8) == 0) {
                        int how = random.nextInt(3);
                        if (how == 0) {
                            words.set(i, SYNONYMS[random.nextInt(SYNONYMS.length)]);
                        } else if (how == 1) {
                            words.remove(i);
                        } else if (words.get(i).length() > 3) {
                            String w = words.get(i);
                            words.set(i, w.substring(0, w.length() / 2) + w.substring(w.length() / 2 + 1));
                        }
                    }
                }
                return String.join(" ", words);
            }
        },
        /** Sentences in another order. */
        REORDERED {
            @Override
            String apply(String text, Random random) {
                List<String> sentences = sentences(text);
                Collections.shuffle(sentences, random);
                return String.join(" ", sentences);
            }
        },
        /** One sentence left out (of three or more), one of the copier's own added. */
        TRIMMED_AND_PADDED {
            @Override
            String apply(String text, Random random) {
                List<String> sentences = sentences(text);
                if (sentences.size() >= 3) {
                    sentences.remove(random.nextInt(sentences.size()));
                }
                sentences.add(
                        random.nextInt(sentences.size() + 1),
                        "I would also double-check this with the team before shipping it.");
                return String.join(" ", sentences);
            }
        },
        /** Every figure changed, and the case and punctuation too. */
        FIGURES_CHANGED {
            @Override
            String apply(String text, Random random) {
                StringBuilder out = new StringBuilder();
                for (char ch : text.toCharArray()) {
                    out.append(Character.isDigit(ch) ? (char) ('0' + random.nextInt(10)) : ch == ',' ? ';' : ch);
                }
                return out.toString().toLowerCase(java.util.Locale.ROOT);
            }
        };

        private static final String[] SYNONYMS = {
            "roughly", "about", "really", "basically", "the", "our", "some", "phone", "quickly", "users"
        };

        abstract String apply(String text, Random random);

        private static List<String> sentences(String text) {
            return new ArrayList<>(Arrays.asList(text.split("(?<=[.!?])\\s+")));
        }
    }

    private static List<JsonNode> read(String resource) {
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(GradedPairs.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
