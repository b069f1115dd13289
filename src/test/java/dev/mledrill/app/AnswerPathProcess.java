package dev.mledrill.app;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.slack.SlackSettings;
import dev.mledrill.drill.TestScores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * The answer path in its own JVM, for the crash test: {@code DATA_DIR API_BASE_URL TEAM CHANNEL}.
 * Prints {@code READY} once connected and recovered, then serves until killed; SIGTERM runs the
 * shutdown in the order {@code mle-drill run} uses.
 */
public final class AnswerPathProcess {
    public static final String READY = "READY";

    private AnswerPathProcess() {}

    public static void main(String[] args) throws InterruptedException {
        ChannelRef channel = new ChannelRef(Platform.SLACK, args[2], args[3]);
        SlackAnswerPath path = SlackAnswerPath.start(
                Path.of(args[0]),
                new SlackSettings("xoxb-child-bot", "xapp-child-app", args[1]),
                channel,
                new TestScores.RecordingScorer(),
                2,
                Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(path::close, "answer-path-shutdown"));
        System.out.println(READY);
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
