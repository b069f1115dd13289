package dev.mledrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.store.Database;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TerminalCommandsTest {
    private static final String ANSWER =
            "For the camera preview, users felt shutter lag, so we cut latency from 110 ms "
                    + "to 82 ms on a Pixel 8 with INT8 quantization, keeping top-1 within 0.5 % of the FP32 baseline.";
    private static final String SECOND_ANSWER =
            "Flagging scam texts on the phone keeps message content on the device, so no"
                    + " personal text is uploaded; before launch I would measure precision at the real share of scam messages and"
                    + " keep the classifier under 5 ms and 4 MB on a Pixel 7.";
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final StringWriter err = new StringWriter();

    private int drill(String input, String... args) {
        return drillAt(MONDAY, input, args);
    }

    private int drillAt(Clock clock, String input, String... args) {
        CommandLine cli = cli();
        DrillCommand drill = cli.getSubcommands().get("drill").getCommand();
        use(drill.terminal, input);
        drill.terminal.clock = clock;
        return cli.execute(withData("drill", args));
    }

    private int answer(String input, String... args) {
        CommandLine cli = cli();
        AnswerCommand answer = cli.getSubcommands().get("answer").getCommand();
        use(answer.terminal, input);
        return cli.execute(withData("answer", args));
    }

    private void use(Terminal terminal, String input) {
        terminal.env = Map.of();
        terminal.clock = MONDAY;
        terminal.in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        terminal.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private CommandLine cli() {
        CommandLine cli = new CommandLine(new MleDrillCommand()).setExecutionExceptionHandler(new UserErrors());
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }

    private String[] withData(String command, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = data.toString();
        return all;
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a piped answer to today's question is scored with per-criterion feedback and a streak, and stored")
    void drillScoresPipedAnswer() throws Exception {
        int exit = drill(ANSWER + "\n", "--user", "alice");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(printed()).contains("Today's question (2026-03-02", "/100", "Measured impact", "Streak: 1 day");
        try (Database db = Database.h2File(data);
                Connection c = db.connection();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "select a.body, s.total from answers a join scores s on s.answer_id = a.id and s.current_score")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("body")).isEqualTo(ANSWER);
            assertThat(rs.getDouble("total")).isPositive();
        }
    }

    @Test
    @DisplayName("the day's second drill shows the same question again, and the data survives between runs")
    void secondDrillSameQuestion() {
        drill(ANSWER, "--user", "alice");
        String first =
                printed().lines().filter(l -> l.startsWith("[")).findFirst().orElseThrow();
        out.reset();

        int exit = drill("A shorter second attempt.", "--user", "bob");

        assertThat(exit).isZero();
        assertThat(printed()).contains(first);
    }

    @Test
    @DisplayName("the next day's drill first prints the wrap-up of the previous question with its key points")
    void wrapUpNextDay() {
        drill(ANSWER, "--user", "alice");
        out.reset();

        int exit = drillAt(Clock.offset(MONDAY, java.time.Duration.ofDays(1)), SECOND_ANSWER, "--user", "alice");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(printed())
                .contains("Wrap-up of [", "1 answer", "What a strong answer covers:", "Today's question (2026-03-03");
        assertThat(printed()).contains("Streak: 2 days");
    }

    @Test
    @DisplayName("--category gives a practice question of that category, not counted for the streak")
    void practiceByCategory() {
        int exit = drill(ANSWER, "--user", "alice", "--category", "privacy");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(printed()).contains("Practice question", "] privacy,", "Practice answer");
    }

    @Test
    @DisplayName(
            "--practice aims at the criterion the person lost most points on, says why, and says so when there is no history")
    void practiceAimedAtTheWeakArea() {
        int first = drill(ANSWER, "--user", "carol", "--practice");
        assertThat(first).as(err.toString()).isZero();
        assertThat(printed()).contains("You have no scored answers yet", "Practice question");
        drill(ANSWER, "--user", "alice");
        out.reset();

        int exit = drill(ANSWER, "--user", "alice", "--practice");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(printed())
                .containsPattern(
                        "You lose most points on [a-z ,-]+ \\(\\d+ of \\d+ points over your 1 scored answer so far\\)")
                .contains("this one is about", "Practice question", "Practice answer");
    }

    @Test
    @DisplayName("an empty answer and an unknown question id fail with a clear message and a non-zero exit")
    void badInput() {
        assertThat(drill("\n\n", "--user", "alice")).isEqualTo(1);
        assertThat(err.toString()).contains("Your answer is empty");
        assertThat(drill(ANSWER, "--question", "no-such-question")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown question id 'no-such-question'");
    }

    @Test
    @DisplayName("answer records a reply to the question posted in the channel at that time, from a file")
    void answerCommand() throws Exception {
        drill(ANSWER, "--user", "alice");
        Path file = data.resolve("answer.txt");
        Files.writeString(file, ANSWER);
        out.reset();

        int exit =
                answer("", "--user", "carol", "--channel", "terminal", "--at", "2026-03-02T10:00:00Z", file.toString());
        int before = answer(ANSWER, "--user", "carol", "--channel", "terminal", "--at", "2026-02-01T11:30:00Z");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(printed()).contains("by carol", "at 2026-03-02T10:00:00Z", "/100");
        assertThat(before).isEqualTo(1);
        assertThat(err.toString()).contains("no question was posted in terminal at or before 2026-02-01T11:30:00Z");
        assertThat(answer(ANSWER, "--user", "carol", "--channel", "nowhere")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown channel 'nowhere'");
        assertThat(answer(ANSWER, "--user", "carol", "--channel", "terminal", "--at", "2026-03-02T11:30:00Z"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--at 2026-03-02T11:30:00Z is in the future");
    }

    @Test
    @DisplayName("a bad configuration file stops the command with its key and reason, exit 2")
    void badConfig() throws Exception {
        Path config = data.resolve("bad.yaml");
        Files.writeString(config, "streak:\n  scope: galaxy\n");

        assertThat(drill(ANSWER, "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("streak.scope: expected channel or workspace");
    }

    @Test
    @DisplayName("run without tokens names the missing variables and exits non-zero")
    void runWithoutTokens() {
        CommandLine cli = cli();
        RunCommand run = cli.getSubcommands().get("run").getCommand();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        run.env = Map.of();
        run.err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

        int exit = cli.execute("run");

        assertThat(exit).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8))
                .contains("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "DISCORD_TOKEN");
    }

    @Test
    @DisplayName("every subcommand answers --help")
    void helpEverywhere() {
        for (String command : new String[] {"drill", "answer", "run"}) {
            CommandLine cli = cli();
            StringWriter help = new StringWriter();
            cli.setOut(new PrintWriter(help, true));

            assertThat(cli.execute(command, "--help")).isZero();
            assertThat(help.toString()).contains("Usage: mle-drill " + command);
        }
    }

    @Test
    @DisplayName("--at takes an offset time, or a local time in the channel's zone, and refuses anything else")
    void parsesTimes() {
        var berlin = new dev.mledrill.drill.ChannelSettings(
                new dev.mledrill.chat.ChannelRef(dev.mledrill.chat.Platform.SLACK, "T", "C"),
                "c",
                "0 0 9 ? * *",
                java.time.ZoneId.of("Europe/Berlin"),
                Map.of(),
                java.util.Set.of(),
                java.util.Optional.empty(),
                dev.mledrill.chat.FeedbackMode.THREAD,
                true,
                true,
                java.util.List.of());

        assertThat(AnswerCommand.parseTime("2026-03-02T09:15:00Z", berlin))
                .isEqualTo(Instant.parse("2026-03-02T09:15:00Z"));
        assertThat(AnswerCommand.parseTime("2026-03-02T09:15", berlin))
                .isEqualTo(Instant.parse("2026-03-02T08:15:00Z"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnswerCommand.parseTime("yesterday", berlin))
                .hasMessageContaining("--at 'yesterday' is not a date-time");
    }

    private static final String WEAK = "We cut latency from 110 ms to 82 ms with INT8 quantization.";
    private static final String PROBE_REPLY = "I compared top-1 accuracy with the FP32 baseline on 5,000 photos: it"
            + " stayed within 0.5 %, and a staged rollout lets us fall back to the FP32 model if quality drops.";

    @Test
    @DisplayName(
            "drill: the feedback ends with a follow-up, the piped reply after a '.' line is scored with the answer, and the wrap-up counts it")
    void drillFollowUpAnsweredFromPipedInput() throws Exception {
        int exit = drill(WEAK + "\n.\n" + PROBE_REPLY + "\n", "--user", "alice");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(printed()).contains("Follow-up: ", "Your follow-up reply, scored with your answer: ");
        try (Database db = Database.h2File(data);
                Connection c = db.connection();
                ResultSet rs = c.createStatement()
                        .executeQuery("select a.body, p.reply_text, p.probe_text,"
                                + " (select max(total) from scores s where s.answer_id = a.id and s.with_probe) as combined,"
                                + " (select total from scores s where s.answer_id = a.id and s.current_score) as counted,"
                                + " (select best from question_bests) as best"
                                + " from answers a join answer_probes p on p.answer_id = a.id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("body")).isEqualTo(WEAK);
            assertThat(rs.getString("reply_text")).isEqualTo(PROBE_REPLY);
            assertThat(printed()).contains("Follow-up: " + rs.getString("probe_text"));
            assertThat(rs.getString("probe_text"))
                    .containsAnyOf("We cut latency from 110 ms to 82 ms", "INT8 quantization");
            assertThat(rs.getDouble("best")).isEqualTo(Math.max(rs.getDouble("combined"), rs.getDouble("counted")));
            assertThat(rs.next()).isFalse();
        }
        CliRun export = CliRun.of("export", "--user", "alice", "--data", data.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out())
                .contains(
                        "\"follow_up\" : {",
                        "\"reply_text\" : \"" + PROBE_REPLY + "\"",
                        "\"with_follow_up_reply\" : true",
                        "\"probe\" : \"");
        out.reset();

        drillAt(Clock.offset(MONDAY, java.time.Duration.ofDays(1)), SECOND_ANSWER, "--user", "alice");

        assertThat(printed()).contains("Wrap-up of [", "1 answer", "1 follow-up question was answered.");
    }

    @Test
    @DisplayName("drill: without a reply on the input the follow-up stays open, and the answer alone is stored")
    void drillFollowUpWithoutReply() throws Exception {
        int exit = drill(WEAK + "\n", "--user", "alice");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(printed()).contains("Follow-up: ", "No reply: the follow-up stays open");
        try (Database db = Database.h2File(data);
                Connection c = db.connection();
                ResultSet rs = c.createStatement()
                        .executeQuery("select count(*) from answer_probes where reply_text is null")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
