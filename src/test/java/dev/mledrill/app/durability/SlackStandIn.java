package dev.mledrill.app.durability;

import dev.mledrill.chat.slack.FakeSlack;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@link FakeSlack} (Socket Mode and Web API on loopback) as seen by the kill rounds. */
final class SlackStandIn implements StandIn {
    private static final String CHANNEL = "C0DRILLS";
    private final FakeSlack fake = FakeSlack.start();

    @Override
    public String config() {
        return fake.serviceConfig(CHANNEL, "feedback: thread");
    }

    @Override
    public Map<String, String> env() {
        return Map.of(
                "SLACK_BOT_TOKEN",
                fake.settings().botToken(),
                "SLACK_APP_TOKEN",
                fake.settings().appToken());
    }

    private List<FakeSlack.ApiCall> posts(boolean inThread) {
        return fake.calls("chat.postMessage").stream()
                .filter(call -> inThread
                        == (call.param("thread_ts") != null
                                || String.valueOf(call.param("json")).contains("\"thread_ts\"")))
                .toList();
    }

    @Override
    public int questionPosts() {
        return posts(false).size();
    }

    private String questionTs() {
        List<String> posted = fake.postedTs();
        List<FakeSlack.ApiCall> questions = posts(false);
        if (questions.isEmpty()) {
            throw new IllegalStateException("no question posted yet");
        }
        // The fake answers posts in order: the question's ts is the first posted ts.
        return posted.get(0);
    }

    @Override
    public Reply reply(String user, String text) {
        FakeSlack.Delivery delivery = fake.keptThreadReply(CHANNEL, questionTs(), user, text);
        return new Reply(delivery.ts(), user, text, delivery);
    }

    @Override
    public boolean acknowledged(Reply reply) {
        return fake.acked(((FakeSlack.Delivery) reply.delivery()).envelopeId());
    }

    @Override
    public Map<String, Long> feedbackPerAnswer() {
        return fake.calls("reactions.add").stream()
                .collect(Collectors.groupingBy(call -> call.param("timestamp"), Collectors.counting()));
    }

    @Override
    public String platform() {
        return "slack";
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void close() {
        fake.close();
    }
}
