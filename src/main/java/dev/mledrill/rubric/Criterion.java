package dev.mledrill.rubric;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The seven criteria of the product-first rubric (shared/rubric.md), in the rubric's order. */
public enum Criterion {
    OUTCOME("outcome", "User outcome first", Axis.PRODUCT),
    EVIDENCE("evidence", "Measured impact", Axis.TECHNICAL),
    CONSISTENCY("consistency", "Quality kept against a baseline", Axis.TECHNICAL),
    BUDGET("budget", "Compute and consumption", Axis.PRODUCT),
    TRADEOFF("tradeoff", "Trade-off reasoning", Axis.PRODUCT),
    PRIVACY("privacy", "Privacy and trust", Axis.TRUST),
    FALLBACK("fallback", "Risk and fallback", Axis.TECHNICAL);

    /** The three panel axes that summarise the criteria in feedback. */
    public enum Axis {
        TECHNICAL,
        PRODUCT,
        TRUST
    }

    private final String id;
    private final String title;
    private final Axis axis;

    Criterion(String id, String title, Axis axis) {
        this.id = id;
        this.title = title;
        this.axis = axis;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Axis axis() {
        return axis;
    }

    public static Optional<Criterion> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(wanted)).findFirst();
    }
}
