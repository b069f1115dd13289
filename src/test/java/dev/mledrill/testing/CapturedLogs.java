package dev.mledrill.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures everything logged through logback's root logger (by default at DEBUG and above) while open, so a
 * test can check what reached the logs: the rendered message and every exception in its cause chain.
 */
public final class CapturedLogs implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Level previous;

    public CapturedLogs() {
        this(Level.DEBUG);
    }

    /** Captures from {@code level} up; INFO keeps long fuzz runs from printing every debug line. */
    public CapturedLogs(Level level) {
        previous = root.getLevel();
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
        root.setLevel(level);
    }

    /** Events at {@code level} or above. */
    public List<ILoggingEvent> atLeast(Level level) {
        synchronized (appender.list) {
            return appender.list.stream()
                    .filter(e -> e.getLevel().isGreaterOrEqual(level))
                    .toList();
        }
    }

    /** Events at {@code level} or above from loggers under {@code prefix}. */
    public List<ILoggingEvent> atLeast(Level level, String prefix) {
        return atLeast(level).stream()
                .filter(e -> e.getLoggerName().startsWith(prefix))
                .toList();
    }

    /** The message, the logger and every throwable's class, message and stack, as one searchable text. */
    public static String fullText(ILoggingEvent event) {
        StringBuilder text =
                new StringBuilder(event.getLoggerName()).append(": ").append(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append("\n").append(t.getClassName()).append(": ").append(t.getMessage());
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                text.append("\n  ").append(frame.getSTEAsString());
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(previous);
        appender.stop();
    }
}
