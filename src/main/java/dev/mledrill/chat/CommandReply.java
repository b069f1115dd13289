package dev.mledrill.chat;

import java.util.Objects;

/**
 * The answer to a {@code /drill} command, in Markdown ({@code **bold**}, lists, code); adapters
 * convert it to the platform's flavour. Replies are shown only to the caller.
 */
public record CommandReply(String markdown) {
    public CommandReply {
        Objects.requireNonNull(markdown, "markdown");
    }
}
