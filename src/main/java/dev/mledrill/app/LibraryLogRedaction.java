package dev.mledrill.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Keeps message texts out of library logs. JDA logs a gateway event it cannot parse with the whole
 * raw payload (a message's content included) at WARN; this filter drops that line and logs one
 * without the payload instead. Bolt warns about an event type it has no listener for, naming the
 * type and subtype as sent (any text a sender put there); the service acknowledges those itself and
 * logs them at debug, so Bolt's line is dropped. Installed in {@code logback.xml}.
 */
public final class LibraryLogRedaction extends TurboFilter {
    private static final String JDA = "net.dv8tion.jda";
    private static final String JDA_PARSE_ERROR = "Json-parse error";
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
        if (!logger.getName().startsWith(JDA) || !format.contains(JDA_PARSE_ERROR)) {
            return FilterReply.NEUTRAL;
        }
        LOG.warn("Discord sent a gateway event JDA could not parse ({}); it was dropped (payload not logged)",
                failureName(params, t));
        return FilterReply.DENY;
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
