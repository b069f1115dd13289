package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.app.PlatformCredentials;
import dev.mledrill.app.Service;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mle-drill run}: the bot itself, until SIGTERM or Ctrl-C. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Start the bot on Slack and/or Discord, with the tokens from the environment.",
            "Slack needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN, Discord needs DISCORD_TOKEN. Posts each configured "
                    + "channel's question on schedule, stores and scores the answers, posts feedback and wrap-ups. "
                    + "Stops gracefully on SIGTERM or Ctrl-C: scoring in flight finishes first."
        })
final class RunCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options = new ConfigOptions();

    Map<String, String> env = System.getenv();
    PrintStream err = System.err;
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws InterruptedException {
        PlatformCredentials credentials = PlatformCredentials.from(env);
        if (!credentials.any() || !credentials.problems().isEmpty()) {
            err.println(credentials.explanation());
            return 2;
        }
        Application app = Application.openForService(options.load(env), env, clock);
        Service service;
        try {
            service = Service.start(app, credentials, env);
        } catch (RuntimeException | InterruptedException e) {
            app.close();
            throw e;
        }
        CountDownLatch stopRequested = new CountDownLatch(1);
        AtomicBoolean closed = new AtomicBoolean();
        Runnable stop = () -> {
            if (closed.compareAndSet(false, true)) {
                err.println("mle-drill: stopping (finishing the answers being scored)...");
                service.close();
                app.close();
            }
        };
        // SIGTERM and Ctrl-C stop the service on this thread, which then returns 0: a JVM ended by the
        // signal's default handling would exit 143. The hook still stops it on any other way out.
        StopSignals.onStop(stopRequested::countDown);
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "mle-drill-shutdown"));
        err.println("mle-drill is running" + (credentials.slack() ? " on Slack" : "")
                + (credentials.slack() && credentials.discord() ? " and" : "")
                + (credentials.discord() ? " on Discord" : "")
                + ". Stop it with Ctrl-C or SIGTERM.");
        stopRequested.await();
        stop.run();
        err.println("mle-drill: stopped");
        return 0;
    }
}
