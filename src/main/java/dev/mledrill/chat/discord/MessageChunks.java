package dev.mledrill.chat.discord;

import java.util.ArrayList;
import java.util.List;

/** Splits text into pieces Discord accepts (2,000 characters a message), at line breaks where it can. */
final class MessageChunks {
    static final int MESSAGE_LIMIT = 2000;

    private MessageChunks() {}

    static List<String> split(String text) {
        return split(text, MESSAGE_LIMIT);
    }

    static List<String> split(String text, int limit) {
        String rest = text == null || text.isBlank() ? "(empty)" : text.strip();
        List<String> chunks = new ArrayList<>();
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut < limit / 2) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut < limit / 2) {
                cut = limit;
            }
            if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                cut--;
            }
            chunks.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        chunks.add(rest);
        return List.copyOf(chunks);
    }

    /** {@code text} cut to {@code limit} characters with an ellipsis, never splitting a surrogate pair. */
    static String truncate(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int cut = limit - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }
}
