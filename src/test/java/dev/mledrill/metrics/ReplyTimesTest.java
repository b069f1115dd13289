package dev.mledrill.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReplyTimesTest {
    private final AtomicLong now = new AtomicLong();
    private final ReplyTimes replies = new ReplyTimes(now::get);

    @Test
    @DisplayName("the latency runs from the first arrival (a redelivery does not restart it) to the feedback")
    void fromFirstArrivalToFeedback() {
        replies.arrived("m1");
        now.addAndGet(Duration.ofMillis(200).toNanos());
        replies.arrived("m1");
        now.addAndGet(Duration.ofMillis(150).toNanos());
        assertThat(replies.fedBack("m1")).contains(Duration.ofMillis(350));
        assertThat(replies.fedBack("m1")).isEmpty();
    }

    @Test
    @DisplayName("answers never fed back are forgotten once they are old, so the map stays bounded")
    void forgetsOldAnswers() {
        for (int i = 0; i < 10_000; i++) {
            replies.arrived("old" + i);
        }
        now.addAndGet(ReplyTimes.FORGET_AFTER.plusSeconds(1).toNanos());
        replies.arrived("new0");
        replies.arrived("new1");
        assertThat(replies.tracked()).isEqualTo(2);
        assertThat(replies.fedBack("old5")).isEmpty();
    }
}
