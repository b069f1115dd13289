package dev.mledrill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBankException;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.ScoreJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code score --batch}: one {@code {"id","answer","question"?}} per line in, one JSON result per
 * line out ({@code {"id", ...score}}). A line that cannot be scored gets
 * {@code {"line","id","error"}} and the batch goes on.
 *
 * <p>Lines are read in chunks and scored (JSON parsing and printing included) on a pool of
 * {@code threads}; chunks are printed in input order, and at most a few chunks per thread are
 * held at a time, so a file of any length is scored in bounded memory.
 */
final class BatchScoring {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lines per task: large enough that handing over a chunk costs little beside scoring it. */
    static final int CHUNK = 64;
    /** Chunks in flight per thread: enough to keep every thread busy while the oldest is printed. */
    private static final int AHEAD = 4;
    /** What {@link PrintWriter#println} ends a line with. */
    private static final String NEWLINE = System.lineSeparator();

    private final RubricScorer scorer;
    private final QuestionLookup questions;
    private final int threads;
    private final int chunk;

    BatchScoring(RubricScorer scorer, QuestionLookup questions, int threads) {
        this(scorer, questions, threads, CHUNK);
    }

    /** @param chunk lines per task (tests use small chunks to have many in flight) */
    BatchScoring(RubricScorer scorer, QuestionLookup questions, int threads, int chunk) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
        this.scorer = scorer;
        this.questions = questions;
        this.threads = threads;
        this.chunk = chunk;
    }

    /** Lines of one chunk, with the number of the first. */
    private record Chunk(int firstLine, List<String> lines) {}

    /**
     * A scored chunk: its results as one text, a line each (blank lines print nothing), how many there
     * are and how many were errors. One write per chunk: the printing thread only copies text.
     */
    private record Printed(String text, int results, int failed) {}

    int run(Path file, PrintWriter out, PrintWriter err) {
        AtomicInteger named = new AtomicInteger();
        ExecutorService pool = threads == 1
                ? null
                : Executors.newFixedThreadPool(threads, runnable -> {
                    Thread t = new Thread(runnable, "score-batch-" + named.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        int scored = 0;
        int failed = 0;
        ArrayDeque<Future<Printed>> inFlight = new ArrayDeque<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            int lineNo = 0;
            List<String> lines = new ArrayList<>(chunk);
            int first = 1;
            for (String line = in.readLine(); ; line = in.readLine()) {
                if (line != null) {
                    lines.add(line);
                    lineNo++;
                }
                if (lines.size() == chunk || (line == null && !lines.isEmpty())) {
                    Chunk next = new Chunk(first, lines);
                    if (pool == null) {
                        Printed p = score(next);
                        scored += print(p, out);
                        failed += p.failed();
                    } else {
                        inFlight.add(pool.submit(() -> score(next)));
                    }
                    lines = new ArrayList<>(chunk);
                    first = lineNo + 1;
                }
                while (!inFlight.isEmpty() && (inFlight.size() >= threads * AHEAD || line == null)) {
                    Printed p = await(inFlight.poll());
                    scored += print(p, out);
                    failed += p.failed();
                }
                if (line == null) {
                    break;
                }
            }
        } catch (IOException e) {
            while (!inFlight.isEmpty()) {
                print(await(inFlight.poll()), out);
            }
            out.flush();
            err.println("cannot read " + file + ": " + e.getMessage());
            return ScoreCommand.BAD_INPUT;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        out.flush();
        err.println("scored " + scored + " answer(s), " + failed + " line(s) with errors");
        return 0;
    }

    private static int print(Printed p, PrintWriter out) {
        out.write(p.text());
        return p.results() - p.failed();
    }

    private static Printed await(Future<Printed> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring the batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Printed score(Chunk lines) throws JsonProcessingException {
        StringWriter text = new StringWriter(lines.lines().size() * 3072);
        int results = 0;
        int failed = 0;
        for (int k = 0; k < lines.lines().size(); k++) {
            String line = lines.lines().get(k);
            if (line.isBlank()) {
                continue;
            }
            try {
                scoreLine(line, lines.firstLine() + k, text);
            } catch (LineError e) {
                failed++;
                text.write(JSON.writeValueAsString(e.node));
            }
            results++;
            text.write(NEWLINE);
        }
        return new Printed(text.toString(), results, failed);
    }

    /** A line that cannot be scored, as the object printed for it. */
    private static final class LineError extends Exception {
        private static final long serialVersionUID = 1L;
        final transient ObjectNode node;

        LineError(int lineNo, JsonNode id, String message) {
            super(message, null, false, false);
            node = JSON.createObjectNode();
            node.put("line", lineNo);
            node.set("id", id);
            node.put("error", message);
        }
    }

    /** Scores one line and writes {@code {"id", ...score}}: the id, then the score exactly as {@code score --json} prints it. */
    private void scoreLine(String line, int lineNo, Writer out) throws LineError {
        JsonNode id = null;
        Score score;
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new LineError(lineNo, null, "expected a JSON object {\"id\",\"answer\",\"question\"?}");
            }
            id = node.get("id");
            JsonNode answer = node.get("answer");
            if (answer == null || !answer.isTextual() || answer.asText().isBlank()) {
                throw new LineError(lineNo, id, "missing or empty \"answer\" (a string)");
            }
            JsonNode q = node.get("question");
            Optional<Question> question =
                    q == null || q.isNull() ? Optional.empty() : Optional.of(questions.get(q.asText()));
            score = scorer.score(answer.asText(), question);
        } catch (JsonProcessingException e) {
            throw new LineError(lineNo, id, "not valid JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException | QuestionBankException e) {
            throw new LineError(lineNo, id, e.getMessage());
        }
        String json = ScoreJson.toJson(score);
        try {
            out.write("{\"id\":");
            out.write(JSON.writeValueAsString(id));
            out.write(',');
            out.write(json, 1, json.length() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result of line " + lineNo, e);
        }
    }
}
