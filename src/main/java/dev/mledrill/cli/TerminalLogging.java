package dev.mledrill.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.Map;
import org.slf4j.LoggerFactory;

/** Terminal commands print their own results; routine log lines would only clutter them. */
final class TerminalLogging {
    private TerminalLogging() {}

    /** Shows warnings and errors only, unless MLE_DRILL_LOG_LEVEL asks for more. */
    static void quiet(Map<String, String> env) {
        if (env.containsKey("MLE_DRILL_LOG_LEVEL")) {
            return;
        }
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }
}
