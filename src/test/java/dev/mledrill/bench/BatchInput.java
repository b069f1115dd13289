package dev.mledrill.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBankLoader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a varied input for {@code score --batch} (docs/PERFORMANCE.md, "Batch scoring"): N lines
 * from the bank's model answers (60 %) and the graded answers of the test resources, each varied
 * (sentences shuffled, cut or joined by line breaks, a filler sentence added, words swapped,
 * figures changed) and asked under its own question, another one or none. Run from the project root:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.mledrill.bench.BatchInput 20000 answers-20k.jsonl}
 */
public final class BatchInput {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[][] SWAPS = {
        {"users", "people"},
        {"latency", "delay"},
        {"battery", "power"},
        {"model", "network"},
        {"phone", "device"},
        {"We ", "Our team "},
        {"I ", "We "},
        {"percent", "%"},
        {"reduced", "cut"},
        {"baseline", "reference"}
    };
    private static final String[] FILLERS = {
        "Honestly, it depends on the product.",
        "We also talked to the design team about it.",
        "In hindsight I would have measured this earlier.",
        "The rollout went to 5% of users first.",
        "Nothing leaves the device, so privacy is kept.",
        "Median latency went from 120 ms to 45 ms on a Pixel 6.",
        "I am not sure.",
        "It worked well."
    };
    private static final Pattern FIGURE = Pattern.compile("\\d+");

    private BatchInput() {}

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        List<Question> bank = QuestionBankLoader.load(Path.of("questions")).all();
        List<String> graded = new ArrayList<>();
        for (String resource : List.of("calibration", "varied", "keypoints")) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/rubric/" + resource + ".jsonl"))) {
                JsonNode node = line.isBlank() ? null : JSON.readTree(line);
                if (node != null && node.has("answer")) {
                    graded.add(node.get("answer").asText());
                }
            }
        }
        Random random = new Random(2026);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
            for (int i = 0; i < n; i++) {
                Question own = random.nextDouble() < 0.6 ? bank.get(random.nextInt(bank.size())) : null;
                List<String> sentences = own != null
                        ? own.modelAnswer()
                        : List.of(graded.get(random.nextInt(graded.size())).split("(?<=[.!?])\\s+"));
                Map<String, String> line = new LinkedHashMap<>();
                line.put("id", String.format("a%05d", i));
                line.put("answer", vary(sentences, random));
                double asked = random.nextDouble();
                if (asked < 0.45 && own != null) {
                    line.put("question", own.id());
                } else if (asked < 0.85) {
                    line.put("question", bank.get(random.nextInt(bank.size())).id());
                }
                out.write(JSON.writeValueAsString(line));
                out.newLine();
            }
        }
    }

    private static String vary(List<String> original, Random random) {
        List<String> s = new ArrayList<>(original);
        double k = random.nextDouble();
        if (k < 0.25 && s.size() > 2) {
            Collections.shuffle(s, random);
        } else if (k < 0.45 && s.size() > 2) {
            s = s.subList(0, 1 + random.nextInt(s.size() - 1));
        } else if (k < 0.6) {
            s.add(random.nextInt(s.size() + 1), FILLERS[random.nextInt(FILLERS.length)]);
        }
        String text = String.join(random.nextDouble() < 0.7 ? " " : "\n", s);
        for (String[] swap : SWAPS) {
            if (random.nextDouble() < 0.15) {
                text = text.replace(swap[0], swap[1]);
            }
        }
        Matcher m = FIGURE.matcher(text);
        StringBuilder varied = new StringBuilder();
        while (m.find()) {
            String figure = m.group();
            if (random.nextDouble() < 0.2 && figure.length() < 9) {
                figure = String.valueOf(Integer.parseInt(figure) + new int[] {0, 1, -1, 10}[random.nextInt(4)]);
            }
            m.appendReplacement(varied, figure);
        }
        return m.appendTail(varied).toString();
    }
}
