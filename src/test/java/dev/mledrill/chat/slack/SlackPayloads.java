package dev.mledrill.chat.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mledrill.drill.AnswerText;
import dev.mledrill.testing.OddText;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Seeded random Slack message events for the fuzz test: good replies with odd texts, non-answers,
 * edits and deletions, missing fields, wrong JSON types, absurd timestamps and random JSON.
 * Each says what the service must do with it.
 */
final class SlackPayloads {
    /** What must happen: stored; refused with a reason for its author; ignored quietly; refused as malformed. */
    enum Outcome {
        STORED,
        REJECTED,
        IGNORED,
        MALFORMED,
        ANY
    }

    /** One payload: the event, an edit to the envelope's payload, and the expected outcome. */
    record Payload(ObjectNode event, Consumer<ObjectNode> payloadEdit, Outcome outcome, String kind) {}

    private static final List<String> TEXT_FIELDS = List.of("text", "user", "ts", "thread_ts", "channel", "subtype");
    private final ObjectMapper json = new ObjectMapper();
    private final Random random;
    private final String thread;
    private long ts = 1_764_100_000L;

    SlackPayloads(Random random, String thread) {
        this.random = random;
        this.thread = thread;
    }

    Payload next() {
        int dice = random.nextInt(100);
        if (dice < 30) {
            return answer();
        }
        if (dice < 38) {
            return reply("top-level", Outcome.IGNORED, e -> e.remove("thread_ts"));
        }
        if (dice < 44) {
            return reply("bot", Outcome.IGNORED, e -> e.put("bot_id", "B" + random.nextInt(5)));
        }
        if (dice < 50) {
            return reply("unknown subtype", Outcome.IGNORED, e -> e.put("subtype", "zz_" + random.nextInt(1000)));
        }
        if (dice < 55) {
            return reply("other thread", Outcome.IGNORED, e -> e.put("thread_ts", nextTs()));
        }
        if (dice < 62) {
            return changed();
        }
        if (dice < 67) {
            return deleted();
        }
        if (dice < 75) {
            return missingField();
        }
        if (dice < 85) {
            return wrongType();
        }
        if (dice < 90) {
            return oddTs();
        }
        return new Payload(randomObject(3).put("type", "message"), p -> {}, Outcome.ANY, "random JSON");
    }

    private Payload answer() {
        String text = OddText.random(random, 12, 40);
        Outcome outcome = AnswerText.rejection(text).isPresent() ? Outcome.REJECTED : Outcome.STORED;
        return reply("answer", outcome, e -> e.put("text", text));
    }

    private Payload reply(String kind, Outcome outcome, Consumer<ObjectNode> change) {
        String messageTs = nextTs();
        ObjectNode event = json.createObjectNode()
                .put("type", "message")
                .put("channel", SlackSamples.CHANNEL)
                .put("user", "U" + random.nextInt(40))
                .put("text", OddText.random(random, 6, 0))
                .put("ts", messageTs)
                .put("event_ts", messageTs)
                .put("thread_ts", thread)
                .put("channel_type", "channel");
        change.accept(event);
        return new Payload(event, p -> {}, outcome, kind);
    }

    private Payload changed() {
        String eventTs = nextTs();
        ObjectNode event = json.createObjectNode()
                .put("type", "message")
                .put("subtype", "message_changed")
                .put("channel", SlackSamples.CHANNEL)
                .put("hidden", true)
                .put("ts", eventTs)
                .put("event_ts", eventTs);
        if (random.nextBoolean()) {
            event.putObject("message")
                    .put("type", "message")
                    .put("user", "U" + random.nextInt(40))
                    .put("text", OddText.random(random, 6, 30))
                    .put("ts", nextTs())
                    .put("thread_ts", thread);
        }
        return new Payload(event, p -> {}, Outcome.ANY, "message_changed");
    }

    private Payload deleted() {
        String eventTs = nextTs();
        ObjectNode event = json.createObjectNode()
                .put("type", "message")
                .put("subtype", "message_deleted")
                .put("channel", SlackSamples.CHANNEL)
                .put("hidden", true)
                .put("ts", eventTs)
                .put("event_ts", eventTs);
        if (random.nextBoolean()) {
            event.put("deleted_ts", nextTs());
        }
        return new Payload(event, p -> {}, Outcome.IGNORED, "message_deleted of no answer");
    }

    /**
     * A reply in the question's thread without its event id or ts (nothing usable to store), or without
     * the payload's team, which a single-workspace app knows anyway (stored as usual).
     */
    private Payload missingField() {
        return switch (random.nextInt(3)) {
            case 0 -> withPayloadEdit(reply("no event_id", Outcome.MALFORMED, e -> {}), p -> p.remove("event_id"));
            case 1 -> reply("no ts", Outcome.MALFORMED, e -> e.remove("ts"));
            default -> {
                String text = OddText.random(random, 6, 0);
                Outcome outcome = AnswerText.rejection(text).isPresent() ? Outcome.REJECTED : Outcome.STORED;
                yield withPayloadEdit(reply("no team", outcome, e -> e.put("text", text)), p -> {
                    p.remove("team_id");
                    p.remove("authorizations");
                });
            }
        };
    }

    private Payload wrongType() {
        String field = TEXT_FIELDS.get(random.nextInt(TEXT_FIELDS.size()));
        return reply("wrong type: " + field, Outcome.MALFORMED, e -> {
            if (random.nextBoolean()) {
                e.putObject(field).put("oops", OddText.random(random, 3, 0));
            } else {
                e.putArray(field).add(1).add(OddText.MARK);
            }
        });
    }

    private Payload oddTs() {
        String value = switch (random.nextInt(4)) {
            case 0 -> "9e999999999";
            case 1 -> "-" + random.nextInt(1000) + ".5";
            case 2 -> "not-a-ts";
            default -> "1" + "0".repeat(60) + ".1";
        };
        return reply("odd ts", Outcome.ANY, e -> e.put("ts", value));
    }

    private ObjectNode randomObject(int depth) {
        ObjectNode node = json.createObjectNode();
        int fields = random.nextInt(6);
        for (int i = 0; i < fields; i++) {
            String key = random.nextInt(3) == 0
                    ? TEXT_FIELDS.get(random.nextInt(TEXT_FIELDS.size()))
                    : "k" + random.nextInt(50);
            switch (random.nextInt(depth > 0 ? 6 : 4)) {
                case 0 -> node.put(key, OddText.random(random, 4, 0));
                case 1 -> node.put(key, random.nextLong());
                case 2 -> node.put(key, random.nextBoolean());
                case 3 -> node.putNull(key);
                case 4 -> node.set(key, randomObject(depth - 1));
                default -> {
                    ArrayNode array = node.putArray(key);
                    array.add(OddText.random(random, 2, 0))
                            .add(random.nextInt())
                            .add(randomObject(depth - 1));
                }
            }
        }
        return node;
    }

    private static Payload withPayloadEdit(Payload payload, Consumer<ObjectNode> edit) {
        return new Payload(payload.event(), edit, payload.outcome(), payload.kind());
    }

    private String nextTs() {
        ts++;
        return ts + "." + String.format("%06d", random.nextInt(1_000_000));
    }
}
