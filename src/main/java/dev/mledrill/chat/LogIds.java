package dev.mledrill.chat;

import java.util.regex.Pattern;

/**
 * Platform ids as they may appear in logs. An id comes from the same payload as the text, so a
 * broken or hostile payload can put anything in it: only id-shaped values are logged as they are.
 */
public final class LogIds {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,80}");

    private LogIds() {}

    /** The id itself when it looks like one (letters, digits, {@code . _ : -}); otherwise only its length. */
    public static String safe(String id) {
        if (id == null) {
            return "null";
        }
        return ID.matcher(id).matches() ? id : "(not an id: " + id.length() + " characters)";
    }
}
