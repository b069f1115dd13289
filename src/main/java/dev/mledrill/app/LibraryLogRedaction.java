package dev.mledrill.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Keeps message texts out of library logs. JDA logs a gateway payload it cannot parse or route with
 * the whole raw payload (a message's content included) at WARN or ERROR: an unparseable event
 * ("Json-parse error"), an event whose handler failed ("Got an unexpected error"), a frame without an
 * op code ("lifecycle level"), a frame that is not JSON ("Failed to parse json", and the parser's
 * exception quoting it), an element of a list it could not build, or any JSON object passed as an
 * argument. This filter drops those lines and logs one naming only the kind of failure and the
 * exception's class. Bolt warns about an event type it has no listener for, naming the type and
 * subtype as sent (any text a sender put there); the service acknowledges those itself and logs
 * them at debug, so Bolt's line is dropped. Installed in {@code logback.xml}.
 */
public final class LibraryLogRedaction extends TurboFilter {
    private static final String JDA = "net.dv8tion.jda";
    /** Formats of JDA's WARN/ERROR lines (JDA 6.5.0) whose arguments are a raw payload or part of one. */
    private static final List<String> JDA_PAYLOAD_LINES = List.of(
            "Json-parse error",
            "Got an unexpected error",
            "lifecycle level",
            "Failed to parse json",
            "Failed to parse element",
            "JSON: {}");
    /** JDA's JSON types: a log argument of one of these is (part of) a payload. */
    private static final String JDA_DATA_TYPES = "net.dv8tion.jda.api.utils.data.Data";
    /** Exceptions whose messages quote the JSON they failed on. */
    private static final List<String> PAYLOAD_QUOTING_FAILURES = List.of(
            "net.dv8tion.jda.api.exceptions.ParsingException",
            "com.fasterxml.jackson.core.JsonProcessingException",
            "java.time.format.DateTimeParseException");

    private static final String BOLT = "com.slack.api.bolt";
    private static final String BOLT_NO_HANDLER = "No BoltEventHandler registered";
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(LibraryLogRedaction.class);

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (format == null) {
            return FilterReply.NEUTRAL;
        }
        if (logger.getName().startsWith(BOLT) && format.startsWith(BOLT_NO_HANDLER)) {
            return FilterReply.DENY;
        }
        if (!logger.getName().startsWith(JDA)
                || !level.isGreaterOrEqual(Level.WARN)
                || !carriesPayload(format, params, t)) {
            return FilterReply.NEUTRAL;
        }
        LOG.warn(
                "Discord sent a gateway payload JDA could not handle (\"{}\", {}); it was dropped (payload not logged)",
                kind(format),
                failureName(params, t));
        return FilterReply.DENY;
    }

    private static boolean carriesPayload(String format, Object[] params, Throwable t) {
        if (JDA_PAYLOAD_LINES.stream().anyMatch(format::contains)) {
            return true;
        }
        for (Object param : params == null ? new Object[0] : params) {
            if (param != null && param.getClass().getName().startsWith(JDA_DATA_TYPES)
                    || param instanceof Throwable thrown && quotesPayload(thrown)) {
                return true;
            }
        }
        return t != null && quotesPayload(t);
    }

    private static boolean quotesPayload(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
                if (PAYLOAD_QUOTING_FAILURES.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** JDA's own words up to the first argument or line break, e.g. "Got an unexpected error. Please redirect...". */
    private static String kind(String format) {
        int end = format.length();
        for (String stop : new String[] {"{}", "\n", ":"}) {
            int at = format.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return format.substring(0, Math.min(end, 80)).strip();
    }

    /** The exception's class name: JDA passes it as the last argument rather than as the throwable. */
    private static String failureName(Object[] params, Throwable t) {
        if (t != null) {
            return t.getClass().getSimpleName();
        }
        if (params != null) {
            for (Object param : params) {
                if (param instanceof Throwable thrown) {
                    return thrown.getClass().getSimpleName();
                }
            }
        }
        return "no details";
    }
}
