package dev.mledrill.chat.discord;

import dev.mledrill.app.durability.StandIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * {@link FakeDiscord} as seen by the kill rounds. Discord has no acknowledgement of events: an answer
 * counts as acknowledged once the bot reacted on it (its feedback went out).
 */
public final class DiscordKillStandIn implements StandIn {
    private static final String REACTION = "PUT channels/\\d+/messages/\\d+/reactions/.*";
    private final FakeDiscord fake;
    private final Map<String, FakeDiscord.FakeUser> users = new ConcurrentHashMap<>();

    public DiscordKillStandIn() {
        try {
            fake = new FakeDiscord();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String config() {
        return """
                channels:
                  - platform: discord
                    team: "%s"
                    channel: "%s"
                    name: drills
                    schedule: "0 0 0 ? * *"
                    time_zone: UTC
                    feedback: thread
                """.formatted(FakeDiscord.GUILD, FakeDiscord.CHANNEL);
    }

    @Override
    public Map<String, String> env() {
        return Map.of(
                "DISCORD_TOKEN",
                "fake-bot-token",
                "MLE_DRILL_DISCORD_REST_BASE_URL",
                fake.restBaseUrl(),
                "MLE_DRILL_DISCORD_GATEWAY_URL",
                fake.gatewayUrl());
    }

    @Override
    public int questionPosts() {
        return (int) fake.count("POST", "channels/" + FakeDiscord.CHANNEL + "/messages");
    }

    private Optional<String> threadId() {
        return fake.calls().stream()
                .filter(c -> c.is("POST", "channels/" + FakeDiscord.CHANNEL + "/messages/\\d+/threads"))
                .map(c -> c.path().split("/")[3])
                .findFirst();
    }

    @Override
    public Reply reply(String user, String text) {
        String thread = threadId().orElseThrow(() -> new IllegalStateException("no question thread yet"));
        FakeDiscord.FakeUser author = users.computeIfAbsent(
                user,
                name -> new FakeDiscord.FakeUser(
                        String.valueOf(1_300_000_000_000_100_000L + Math.abs(name.hashCode() % 10_000)),
                        name.toLowerCase(),
                        List.of(),
                        false));
        String id = fake.userPosts(thread, author, text);
        return new Reply(id, author.id(), text, id);
    }

    @Override
    public boolean acknowledged(Reply reply) {
        return feedbackPerAnswer().containsKey(reply.messageId());
    }

    @Override
    public Map<String, Long> feedbackPerAnswer() {
        return fake.calls().stream()
                .filter(c -> (c.method() + " " + c.path()).matches(REACTION))
                .collect(Collectors.groupingBy(c -> c.path().split("/")[3], Collectors.counting()));
    }

    @Override
    public String platform() {
        return "discord";
    }

    @Override
    public String channel() {
        return FakeDiscord.CHANNEL;
    }

    @Override
    public void close() {
        fake.close();
    }
}
