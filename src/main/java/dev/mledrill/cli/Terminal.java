package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.app.config.AppConfig;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/** What a terminal command works with: environment, input, output and clock (tests replace them). */
final class Terminal {
    Map<String, String> env = System.getenv();
    InputStream in = System.in;
    PrintStream out = System.out;
    Clock clock = Clock.systemUTC();

    /** The configuration, with routine logging turned down so the command's own output stays readable. */
    AppConfig config(ConfigOptions options) {
        TerminalLogging.quiet(env);
        return options.load(env);
    }

    /** Whether a person types at this terminal (not piped input or output): the answer then ends at a '.' line. */
    boolean interactive() {
        return in == System.in && System.console() != null;
    }

    Application open(AppConfig config) {
        return Application.open(config, env, clock);
    }
}
