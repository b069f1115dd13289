package dev.mledrill.cli;

import dev.mledrill.app.BundledContent;
import dev.mledrill.question.Difficulty;
import dev.mledrill.question.ModelAnswerCheck;
import dev.mledrill.question.QuestionBank;
import dev.mledrill.question.QuestionBankException;
import dev.mledrill.question.QuestionBankLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "validate",
        description = {
            "Check every question file of the bank and report every problem as path:line: what is wrong.",
            "Warns about each key point that its question's own model answer does not cover.",
            "Exit code 0 when the bank is valid (warnings or not), 1 when it has errors."
        })
final class QuestionsValidateCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            defaultValue = "questions",
            paramLabel = "DIR",
            description = "The question bank directory (default: ${DEFAULT-VALUE}, else the bank inside the jar).")
    Path dir;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            QuestionBank bank = QuestionBankLoader.load(BundledContent.questionsDir(dir));
            PrintWriter out = spec.commandLine().getOut();
            List<String> warnings = ModelAnswerCheck.warnings(bank);
            warnings.forEach(out::println);
            out.println(dir + ": " + summary(bank)
                    + (warnings.isEmpty()
                            ? ""
                            : "; " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings")));
            out.flush();
            return 0;
        } catch (QuestionBankException e) {
            return reportErrors(dir, e, spec.commandLine().getErr());
        }
    }

    /** e.g. "112 questions valid (vision 17, nlp 16, ...); 28 easy, 56 medium, 28 hard". */
    static String summary(QuestionBank bank) {
        String counts = bank.categories().stream()
                .map(category -> category + " " + bank.byCategory(category).size())
                .collect(Collectors.joining(", "));
        String difficulties = Arrays.stream(Difficulty.values())
                .map(d -> bank.all().stream().filter(q -> q.difficulty() == d).count() + " " + d.id())
                .collect(Collectors.joining(", "));
        return bank.size() + " questions valid (" + counts + "); " + difficulties;
    }

    static int reportErrors(Path dir, QuestionBankException e, PrintWriter err) {
        e.errors().forEach(err::println);
        int count = e.errors().size();
        err.println(dir + ": " + count + (count == 1 ? " error" : " errors") + "; the question bank was not loaded");
        err.flush();
        return QuestionsCommand.INVALID_BANK;
    }
}
