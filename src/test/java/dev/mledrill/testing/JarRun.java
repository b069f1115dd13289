package dev.mledrill.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The shaded jar ({@code target/mle-drill.jar}) run as a child process, as a user or an operator
 * runs it: for the integration tests ({@code *IT}) that Failsafe runs after {@code package}.
 * Output goes to files in the working directory, so a chatty child never blocks on a full pipe.
 *
 * <pre>{@code
 * JarRun.Result r = JarRun.of("drill", "--user", "alice").in(tmp).stdin("my answer\n").run();
 * JarRun.Started service = JarRun.of("run").in(tmp).env("MLE_DRILL_METRICS_PORT", "0").start();
 * }</pre>
 */
public final class JarRun {
    /** Set by Failsafe (pom.xml) to the shaded jar; defaults to the path under the project. */
    public static final String JAR_PROPERTY = "mle-drill.jar";

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final List<String> args;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> jvmOptions =
            new ArrayList<>(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
    private Path directory;
    private byte[] stdin = new byte[0];
    private boolean keepStdinOpen;
    private Duration timeout = DEFAULT_TIMEOUT;

    private JarRun(List<String> args) {
        this.args = List.copyOf(args);
    }

    public static JarRun of(String... args) {
        return new JarRun(List.of(args));
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY, "target/mle-drill.jar"))
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: integration tests run after `mvn package` (use `mvn verify`)");
        }
        return jar;
    }

    /** The working directory (default: a new temporary directory). */
    public JarRun in(Path directory) {
        this.directory = directory;
        return this;
    }

    /** Adds a variable to the child's environment (which otherwise is this JVM's, without MLE_DRILL_*). */
    public JarRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public JarRun jvm(String option) {
        jvmOptions.add(option);
        return this;
    }

    public JarRun stdin(String text) {
        this.stdin = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** For {@link #start()}: leave stdin open (as a terminal waiting for input) instead of closing it. */
    public JarRun keepStdinOpen() {
        this.keepStdinOpen = true;
        return this;
    }

    public JarRun timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Runs to the end (killing the child after the timeout) and returns its exit code and output. */
    public Result run() {
        Started started = start();
        return started.await(timeout);
    }

    /** Starts the child and returns at once. */
    public Started start() {
        try {
            Path dir = directory != null ? directory : Files.createTempDirectory("mle-drill-it");
            Path logs = Files.createTempDirectory("mle-drill-jarrun");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(jar().toString());
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectOutput(logs.resolve("out").toFile())
                    .redirectError(logs.resolve("err").toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("MLE_DRILL_"));
            builder.environment().putAll(env);
            Process process = builder.start();
            OutputStream in = process.getOutputStream();
            in.write(stdin);
            in.flush();
            if (!keepStdinOpen) {
                in.close();
            }
            return new Started(process, String.join(" ", args), logs.resolve("out"), logs.resolve("err"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + args, e);
        }
    }

    /** A finished run. */
    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** A running child; {@link #close()} kills it if it is still running. */
    public static final class Started implements AutoCloseable {
        private final Process process;
        private final String name;
        private final Path out;
        private final Path err;

        Started(Process process, String name, Path out, Path err) {
            this.process = process;
            this.name = name;
            this.out = out;
            this.err = err;
        }

        public Process process() {
            return process;
        }

        public String out() {
            return read(out);
        }

        public String err() {
            return read(err);
        }

        public File outFile() {
            return out.toFile();
        }

        /** Writes to the child's stdin (opened with {@link JarRun#keepStdinOpen()}). */
        public void type(String text) {
            try {
                process.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void closeStdin() {
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Waits for the child to end; kills it and fails if it takes longer than {@code timeout}. */
        public Result await(Duration timeout) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError("`mle-drill " + name + "` did not finish within " + timeout
                            + "\n--- stdout\n" + out() + "\n--- stderr\n" + err());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException(e);
            }
            return new Result(process.exitValue(), out(), err());
        }

        /** Asks the child to stop (SIGTERM) and waits for it, killing it after {@code grace}. */
        public Result stop(Duration grace) {
            process.destroy();
            return await(grace);
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static String read(Path file) {
            try {
                return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
