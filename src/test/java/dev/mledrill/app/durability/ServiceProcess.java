package dev.mledrill.app.durability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The shaded jar as a child process: {@code run} (killed or stopped from outside) and local commands beside it. */
final class ServiceProcess {
    private static final List<String> JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xss512k");

    private final Process process;
    private final Path log;

    private ServiceProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("mle-drill.jar", "target/mle-drill.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no shaded jar at " + jar.toAbsolutePath() + ": run `mvn verify` (it packages first)");
        }
        return jar;
    }

    /** Starts {@code mle-drill run --config config} and waits until it says it is running. */
    static ServiceProcess run(Path config, Map<String, String> env, Path log) throws IOException {
        ServiceProcess service = new ServiceProcess(start(List.of("run", "--config", config.toString()), env, log), log);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!service.process.isAlive()) {
                throw new IllegalStateException("run exited " + service.process.exitValue() + ": " + service.logText());
            }
            return service.logText().contains("mle-drill is running");
        });
        return service;
    }

    /** Runs a local command to its end; returns its exit code (its output is in {@code log}). */
    static int command(List<String> args, Map<String, String> env, Path log) throws IOException, InterruptedException {
        Process process = start(args, env, log);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("command " + args + " did not finish: " + Files.readString(log));
        }
        return process.exitValue();
    }

    private static Process start(List<String> args, Map<String, String> env, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return builder.start();
    }

    String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    boolean logged(String text) throws IOException {
        return logText().contains(text);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed service did not end");
        }
    }

    /** SIGTERM; returns the exit code of the graceful stop. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the service did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    void destroy() {
        process.destroyForcibly();
    }
}
