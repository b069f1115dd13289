package dev.mledrill.metrics;

import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.ChatEventSink;
import dev.mledrill.chat.Receipt;
import java.util.Objects;

/** Counts each answer a platform hands the core, then passes it on unchanged. */
public final class MeteredSink implements ChatEventSink {
    private final ChatEventSink sink;
    private final Metrics metrics;

    public MeteredSink(ChatEventSink sink, Metrics metrics) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public Receipt accept(ChatEvent event) {
        if (event instanceof ChatEvent.AnswerPosted) {
            metrics.answerReceived(event.channel().platform(), ((ChatEvent.AnswerPosted) event).messageId());
        }
        return sink.accept(event);
    }
}
