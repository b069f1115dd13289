package dev.mledrill.chat.slack;

import static dev.mledrill.chat.slack.SlackSamples.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.FeedbackMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Display names are learned after the answer is stored and acknowledged: Bolt's client against
 * {@link FakeSlack} with the real core ({@link RealCore}) and its store.
 */
class SlackNameLookupTest {
    private static final Instant POSTED_AT = Instant.ofEpochSecond(1_764_000_000L - 60);
    /** Slack's limit for an acknowledgement. */
    private static final Duration ACK_DEADLINE = Duration.ofSeconds(3);

    // A new instance per test, so these are each test's own core, adapter and question thread.
    private final RealCore core = new RealCore(
            List.of(SlackSamples.settings(FeedbackMode.EPHEMERAL, List.of())),
            List.of(SlackSamples.question()),
            SlackHarness.CLOCK);
    private final SlackHarness slack = new SlackHarness(core);
    private final FakeSlack fake = slack.fake;
    private final String thread = core.postDrill(slack, POSTED_AT);

    @AfterEach
    void stop() {
        slack.close();
        core.close();
    }

    @Test
    @DisplayName(
            "a first answer from someone unknown is acknowledged and stored while users.info has not answered; the name lands in the store once it does")
    void answerDoesNotWaitForName() {
        // given
        fake.addUser("U1ANA", "Ana", false);
        FakeSlack.Hold usersInfo = fake.hold("users.info");

        // when
        FakeSlack.Delivery answer =
                fake.threadReply(CHANNEL, thread, "U1ANA", "Shutter lag fell from 110 ms to 82 ms.");

        // then
        await().atMost(ACK_DEADLINE).until(() -> fake.acked(answer.envelopeId()));
        assertThat(core.count("select count(*) from answers where platform_message_id = '" + answer.ts() + "'"))
                .isEqualTo(1);
        fake.awaitCall("users.info");
        assertThat(storedName("U1ANA")).isEmpty();

        // when
        usersInfo.release();

        // then
        await().atMost(Duration.ofSeconds(10)).until(() -> storedName("U1ANA").isPresent());
        assertThat(storedName("U1ANA")).contains("Ana");
        assertThat(fake.calls("users.info")).hasSize(1);
    }

    @Test
    @DisplayName("a rate-limited name look-up waits for Retry-After, then tries again and stores the name")
    void rateLimitIsWaitedOut() {
        // given
        fake.addUser("U1ANA", "Ana", false);
        fake.rateLimitNext("users.info", 1);

        // when
        FakeSlack.Delivery answer =
                fake.threadReply(CHANNEL, thread, "U1ANA", "Shutter lag fell from 110 ms to 82 ms.");

        // then
        await().atMost(ACK_DEADLINE).until(() -> fake.acked(answer.envelopeId()));
        await().atMost(Duration.ofSeconds(10)).until(() -> storedName("U1ANA").isPresent());
        assertThat(storedName("U1ANA")).contains("Ana");
        List<FakeSlack.ApiCall> lookups = fake.calls("users.info");
        assertThat(lookups).hasSize(2);
        assertThat(Duration.between(lookups.get(0).at(), lookups.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("an answer stored before the name is looked up again leaves the name already stored as it was")
    void knownNameIsNotCleared() {
        // given: the store knows Ana from earlier, this adapter has not looked her up yet
        core.app.displayNames().learned(Map.of(SlackSamples.user("U1ANA"), "Ana"));
        fake.addUser("U1ANA", "Ana", false);

        // when
        FakeSlack.Delivery answer;
        try (FakeSlack.Hold usersInfo = fake.hold("users.info")) {
            answer = fake.threadReply(CHANNEL, thread, "U1ANA", "Shutter lag fell from 110 ms to 82 ms.");
            await().atMost(ACK_DEADLINE).until(() -> fake.acked(answer.envelopeId()));

            // then
            assertThat(core.count("select count(*) from answers where platform_message_id = '" + answer.ts() + "'"))
                    .isEqualTo(1);
            assertThat(storedName("U1ANA")).contains("Ana");
        }
    }

    @Test
    @DisplayName("with 100 or more people waiting for a name, users.list names them a page at a time")
    void manyNewcomersAreNamedFromTheList() {
        // given: the first look-up hangs while 120 newcomers answer
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            people.add("U2" + (100 + i));
            fake.addUser(people.get(i), "Person " + i, false);
        }
        FakeSlack.Hold usersInfo = fake.hold("users.info");

        // when
        List<FakeSlack.Delivery> answers = new ArrayList<>();
        for (String person : people) {
            answers.add(fake.threadReply(CHANNEL, thread, person, "Shutter lag fell from 110 ms to 82 ms."));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> answers.stream().allMatch(a -> fake.acked(a.envelopeId())));
        usersInfo.release();

        // then
        await().atMost(Duration.ofSeconds(20))
                .until(() -> core.count("select count(*) from users where display_name like 'Person %'") == 120);
        assertThat(fake.calls("users.list")).hasSize(1);
        assertThat(fake.calls("users.info")).hasSize(1);
    }

    private Optional<String> storedName(String userId) {
        try (Connection c = core.db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("select display_name from users where external_id = ?")) {
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
