package dev.mledrill.chat;

/**
 * Where adapters hand answer events. {@link #accept} returns once the event is durably stored
 * (or recognised as a duplicate), so the adapter can acknowledge it to the platform; scoring and
 * feedback then run off the adapter's thread and come back through {@link Chat#sendFeedback}.
 */
public interface ChatEventSink {
    Receipt accept(ChatEvent event);
}
