package dev.mledrill.chat;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a {@code /drill} command, in Markdown ({@code **bold**}, lists, code); adapters
 * convert it to the platform's flavour. Replies go only to the caller, except those meant for the
 * whole channel (the team chart). An image, when there is one, goes with the reply: Discord
 * attaches it to the private answer, Slack uploads it into the caller's DM (or the channel).
 */
public record CommandReply(String markdown, Optional<ChatImage> image, Audience audience) {

    public enum Audience {
        CALLER,
        CHANNEL
    }

    public CommandReply {
        Objects.requireNonNull(markdown, "markdown");
        image = image == null ? Optional.empty() : image;
        Objects.requireNonNull(audience, "audience");
    }

    public CommandReply(String markdown) {
        this(markdown, Optional.empty(), Audience.CALLER);
    }
}
