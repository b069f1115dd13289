package dev.mledrill.cli;

import dev.mledrill.app.BundledContent;
import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBankException;
import dev.mledrill.rubric.FeedbackRenderer;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.ScoreJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "score",
        description = {
            "Score an answer against the product-first rubric and explain the score.",
            "The answer is read from FILE, or from standard input when FILE is missing or '-'."
        })
public final class ScoreCommand implements Callable<Integer> {
    /** Exit codes as for every command: 1 bad input (empty answer, unknown question), 2 bad rubric or bank. */
    static final int BAD_INPUT = 1;

    static final int BAD_CONFIGURATION = 2;

    @Option(
            names = "--question",
            paramLabel = "ID",
            description = "Score against this question of the bank:"
                    + " its focus shifts the weights and its key points are reported as covered or missed.")
    String questionId;

    @Option(
            names = "--questions",
            paramLabel = "DIR",
            defaultValue = "questions",
            description = "The question bank directory (default: ${DEFAULT-VALUE}, else the bank inside the jar).")
    Path questionsDir;

    @Option(
            names = "--rubric",
            paramLabel = "FILE",
            defaultValue = "config/rubric.yaml",
            description = "The rubric (default: ${DEFAULT-VALUE}, else the rubric inside the jar).")
    Path rubricFile;

    @Option(names = "--json", description = "Print exactly one JSON object instead of the feedback text.")
    boolean json;

    @Option(
            names = "--batch",
            paramLabel = "FILE.jsonl",
            description = "Score one {\"id\",\"answer\",\"question\"?}"
                    + " per line and print one JSON result per line; a bad line gets an error object.")
    Path batch;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description =
                    "With --batch: score on N threads" + " (default: one per core); results keep the input order.")
    Integer threads;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The answer (default: standard input).")
    String file;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QuestionLookup questions = new QuestionLookup(questionsDir);
        if (batch != null) {
            preload(questions);
        }
        RubricScorer scorer;
        try {
            scorer = new RubricScorer(BundledContent.rubric(rubricFile), questions::all);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_CONFIGURATION;
        }
        try {
            if (batch != null) {
                int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
                return new BatchScoring(scorer, questions, n).run(batch, out, err);
            }
            Optional<Question> question =
                    questionId == null ? Optional.empty() : Optional.of(questions.get(questionId));
            String answer = readAnswer();
            if (answer.isBlank()) {
                err.println("no answer to score: give a FILE or pipe the answer on standard input");
                return BAD_INPUT;
            }
            Score score = scorer.score(answer, question);
            out.print(json ? ScoreJson.toJson(score) + "\n" : new FeedbackRenderer().plainText(score, question));
            out.flush();
            return 0;
        } catch (QuestionBankException e) {
            err.println(e.getMessage());
            return BAD_CONFIGURATION;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
    }

    /**
     * Reads the bank on another thread while this one reads the rubric: a batch names questions from
     * its first lines, and both loads are mostly single-threaded YAML parsing. A bank that fails to
     * load is reported when a line first needs it, as without the preload.
     */
    private static void preload(QuestionLookup questions) {
        Thread loader = new Thread(
                () -> {
                    try {
                        questions.all();
                    } catch (RuntimeException reportedLater) {
                        // the scoring thread that needs the bank loads it again and reports why it cannot
                    }
                },
                "bank-preload");
        loader.setDaemon(true);
        loader.start();
    }

    private String readAnswer() {
        try {
            if (file == null || file.equals("-")) {
                InputStream in = System.in;
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot read the answer from " + (file == null ? "standard input" : file) + ": " + e.getMessage(),
                    e);
        }
    }
}
