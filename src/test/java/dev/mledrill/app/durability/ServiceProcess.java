package dev.mledrill.app.durability;

import static org.awaitility.Awaitility.await;

import dev.mledrill.testing.JarRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code mle-drill run} from the shaded jar ({@link JarRun}), killed or stopped from outside, and local commands beside it. */
final class ServiceProcess {
    /** Start-up includes compaction and the backfill of every reply so far: slow on a loaded 2-core machine. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final JarRun.Started started;

    private ServiceProcess(JarRun.Started started) {
        this.started = started;
    }

    /** Starts {@code mle-drill run --config config} and waits until it says it is running (after its start-up catch-up). */
    static ServiceProcess run(Path config, Map<String, String> env) {
        ServiceProcess service = new ServiceProcess(
                jar(List.of("run", "--config", config.toString()), env, config).start());
        try {
            await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (!service.started.process().isAlive()) {
                    throw new IllegalStateException(
                            "run exited " + service.started.process().exitValue() + ": " + service.started.err());
                }
                return service.started.err().contains("mle-drill is running");
            });
        } catch (RuntimeException notStarted) {
            service.destroy();
            throw new IllegalStateException(
                    "run did not start within " + START_TIMEOUT + ":\n" + service.log(), notStarted);
        }
        return service;
    }

    /** Runs a local command to its end. */
    static JarRun.Result command(List<String> args, Map<String, String> env, Path config) {
        return jar(args, env, config).timeout(START_TIMEOUT).run();
    }

    private static JarRun jar(List<String> args, Map<String, String> env, Path config) {
        JarRun run =
                JarRun.of(args.toArray(String[]::new)).in(config.getParent()).jvm("-XX:+UseSerialGC");
        env.forEach(run::env);
        return run;
    }

    String log() {
        return started.err() + started.out();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        started.process().destroyForcibly();
        if (!started.process().waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed service did not end");
        }
    }

    /** SIGTERM; returns the exit code of the graceful stop. */
    int stop() {
        return started.stop(Duration.ofSeconds(60)).exit();
    }

    void destroy() {
        started.close();
    }
}
