package dev.mledrill.app.durability;

import java.util.Map;

/** A local stand-in for a chat platform, seen from the kill rounds: what the service posted and acknowledged. */
public interface StandIn extends AutoCloseable {

    /** One answer sent to the service: its platform message id, author and text. */
    record Reply(String messageId, String user, String text, Object delivery) {}

    /** The config file's platform section and the channel list, for {@code channel} named {@code drills}. */
    String config();

    /** Tokens for {@code run}. */
    Map<String, String> env();

    /** The question posts in the channel so far (top-level messages from the bot). */
    int questionPosts();

    /** Sends a reply in the question's thread; it is kept there, as the platform would, for backfill. */
    Reply reply(String user, String text);

    /** Whether the service acknowledged the reply to the platform (Slack: the envelope's ack; Discord: its ✅). */
    boolean acknowledged(Reply reply);

    /** How many times feedback was sent for each answer message. */
    Map<String, Long> feedbackPerAnswer();

    /** The platform name in the database's rows. */
    String platform();

    /** Channel id used in the config. */
    String channel();

    @Override
    void close();
}
