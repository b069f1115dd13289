package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.app.BundledContent;
import dev.mledrill.app.Stores;
import dev.mledrill.app.config.AppConfig;
import dev.mledrill.question.QuestionBank;
import dev.mledrill.question.QuestionBankException;
import dev.mledrill.rubric.Rubric;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.store.JdbcCopyRescan;
import dev.mledrill.store.JdbcRescorer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "rescore",
        description = {
            "After a rubric change (a new 'version' in the rubric file), score every stored answer again.",
            "Each answer's latest revision gets a score under the new version, which becomes the one shown;",
            "the older scores stay in the database as history. Answers not yet checked for near copies",
            "(stored before the check existed, or checked by an older method) are checked first. Safe to interrupt and run again."
        })
final class RescoreCommand extends ConfiguredCommand {

    @Option(names = "--rubric", paramLabel = "FILE", description = "The rubric (default: the configured rubric file).")
    Path rubricFile;

    @Option(names = "--questions", paramLabel = "DIR", description = "The question bank (default: the configured one).")
    Path questionsDir;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Workers that score and write (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--chunk",
            paramLabel = "N",
            description = "Answers per transaction (default: " + JdbcCopyRescan.DEFAULT_CHUNK
                    + " for the near-copy check, " + JdbcRescorer.DEFAULT_CHUNK + " for the rescore).")
    Integer chunk;

    Clock clock = Clock.systemUTC();

    @Override
    int run() {
        AppConfig config = options.load(env);
        Rubric rubric = BundledContent.rubric(rubricFile != null ? rubricFile : config.rubricFile());
        Path dir = questionsDir != null ? questionsDir : config.questionsDir();
        QuestionBank bank;
        try {
            bank = BundledContent.bank(dir);
        } catch (QuestionBankException e) {
            spec.commandLine().getErr().println("rescore: " + e.getMessage());
            return ScoreCommand.BAD_CONFIGURATION;
        }
        RubricScorer scorer = new RubricScorer(rubric, bank::all);
        PrintWriter out = spec.commandLine().getOut();
        try (Stores stores = Application.openStores(config, env, clock)) {
            long checkStart = System.nanoTime();
            JdbcCopyRescan.Result copies = stores.copyRescan(
                            threads, chunk != null ? chunk : JdbcCopyRescan.DEFAULT_CHUNK)
                    .run();
            out.printf(
                    Locale.ROOT,
                    "checked %d answer(s) for near copies (%d copied, %d recycled; %d signed) in %.1f s%n",
                    copies.checked(),
                    copies.copied(),
                    copies.recycled(),
                    copies.signed(),
                    (System.nanoTime() - checkStart) / 1e9);
            long start = System.nanoTime();
            JdbcRescorer rescorer =
                    stores.rescorer(scorer, bank::find, threads, chunk != null ? chunk : JdbcRescorer.DEFAULT_CHUNK);
            int reinstated = rescorer.reinstate();
            JdbcRescorer.Result result;
            try (Progress progress = Progress.start("rescore", rescorer.pending(), "answers")) {
                result = rescorer.rescore(progress::stepBy);
            }
            int followUps = stores.followUpRescorer(scorer, bank::find).run();
            out.printf(
                    Locale.ROOT,
                    "rescored %d answer(s) with rubric %s in %.1f s%n",
                    result.rescored(),
                    scorer.rubricVersion(),
                    (System.nanoTime() - start) / 1e9);
            if (followUps > 0) {
                out.printf(Locale.ROOT, "rescored %d answer(s) together with their follow-up reply%n", followUps);
            }
            if (reinstated > 0) {
                out.printf(
                        Locale.ROOT,
                        "%d answer(s) already had a score under rubric %s (an earlier version): "
                                + "that score is current again%n",
                        reinstated,
                        scorer.rubricVersion());
            } else if (result.rescored() == 0) {
                out.printf(
                        Locale.ROOT,
                        "every answer's current score is already under rubric %s: nothing to do "
                                + "(change 'version' in the rubric file to score again)%n",
                        scorer.rubricVersion());
            }
            if (result.rescored() > 0 && stores.database().appendsEveryCommit()) {
                // bulk work leaves the appended file far larger than its data (docs/PERFORMANCE.md#storage)
                long compactStart = System.nanoTime();
                stores.database().closeCompacting();
                out.printf(
                        Locale.ROOT,
                        "compacted the database file in %.1f s%n",
                        (System.nanoTime() - compactStart) / 1e9);
            }
            out.flush();
            return 0;
        }
    }
}
