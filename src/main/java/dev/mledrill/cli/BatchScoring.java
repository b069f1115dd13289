package dev.mledrill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBankException;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.rubric.ScoreJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code score --batch}: one {@code {"id","answer","question"?}} per line in, one JSON result per
 * line out ({@code {"id", ...score}}). A line that cannot be scored gets
 * {@code {"line","id","error"}} and the batch goes on.
 */
final class BatchScoring {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RubricScorer scorer;
    private final QuestionLookup questions;

    BatchScoring(RubricScorer scorer, QuestionLookup questions) {
        this.scorer = scorer;
        this.questions = questions;
    }

    int run(Path file, PrintWriter out, PrintWriter err) {
        int scored = 0;
        int failed = 0;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode result = scoreLine(line, lineNo);
                if (result.has("error")) {
                    failed++;
                } else {
                    scored++;
                }
                out.println(JSON.writeValueAsString(result));
            }
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return ScoreCommand.BAD_INPUT;
        }
        out.flush();
        err.println("scored " + scored + " answer(s), " + failed + " line(s) with errors");
        return 0;
    }

    private ObjectNode scoreLine(String line, int lineNo) {
        JsonNode id = null;
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                return error(lineNo, null, "expected a JSON object {\"id\",\"answer\",\"question\"?}");
            }
            id = node.get("id");
            JsonNode answer = node.get("answer");
            if (answer == null || !answer.isTextual() || answer.asText().isBlank()) {
                return error(lineNo, id, "missing or empty \"answer\" (a string)");
            }
            JsonNode q = node.get("question");
            Optional<Question> question = q == null || q.isNull() ? Optional.empty() : Optional.of(questions.get(q.asText()));
            ObjectNode result = JSON.createObjectNode();
            result.set("id", id);
            result.setAll(ScoreJson.toNode(scorer.score(answer.asText(), question)));
            return result;
        } catch (JsonProcessingException e) {
            return error(lineNo, id, "not valid JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException | QuestionBankException e) {
            return error(lineNo, id, e.getMessage());
        }
    }

    private static ObjectNode error(int lineNo, JsonNode id, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("line", lineNo);
        n.set("id", id);
        n.put("error", message);
        return n;
    }
}
