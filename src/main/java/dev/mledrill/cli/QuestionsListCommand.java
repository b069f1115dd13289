package dev.mledrill.cli;

import dev.mledrill.app.BundledContent;
import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBank;
import dev.mledrill.question.QuestionBankException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "list",
        description = "List the questions of the bank: id, category, difficulty and the first line of the prompt.")
final class QuestionsListCommand implements Callable<Integer> {

    private static final int PROMPT_WIDTH = 100;

    @Option(
            names = {"-c", "--category"},
            paramLabel = "C",
            description = "Only the questions of this category.")
    String category;

    @Option(
            names = {"-d", "--dir"},
            paramLabel = "DIR",
            defaultValue = "questions",
            description = "The question bank directory (default: ${DEFAULT-VALUE}, else the bank inside the jar).")
    Path dir;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        QuestionBank bank;
        try {
            bank = BundledContent.bank(dir);
        } catch (QuestionBankException e) {
            return QuestionsValidateCommand.reportErrors(
                    dir, e, spec.commandLine().getErr());
        }
        if (category != null && !bank.categories().contains(category)) {
            spec.commandLine()
                    .getErr()
                    .println("no questions in category '" + category + "'; categories: "
                            + String.join(", ", bank.categories()));
            return QuestionsCommand.INVALID_BANK;
        }
        List<Question> questions = category == null ? bank.all() : bank.byCategory(category);
        print(questions, spec.commandLine().getOut());
        return 0;
    }

    private static void print(List<Question> questions, PrintWriter out) {
        int idWidth = questions.stream().mapToInt(q -> q.id().length()).max().orElse(2);
        int categoryWidth =
                questions.stream().mapToInt(q -> q.category().length()).max().orElse(8);
        String format = "%-" + idWidth + "s  %-" + categoryWidth + "s  %-6s  %s%n";
        for (Question question : questions) {
            out.printf(
                    format,
                    question.id(),
                    question.category(),
                    question.difficulty().id(),
                    firstLine(question.prompt()));
        }
        out.flush();
    }

    /** The prompt's first line, shortened to fit a terminal row. */
    static String firstLine(String prompt) {
        String line = prompt.lines().findFirst().orElse("").strip();
        return line.length() <= PROMPT_WIDTH
                ? line
                : line.substring(0, PROMPT_WIDTH - 1).stripTrailing() + "…";
    }
}
