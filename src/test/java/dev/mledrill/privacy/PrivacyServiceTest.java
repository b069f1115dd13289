package dev.mledrill.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcPersonalData;
import dev.mledrill.store.PersonalRows;
import dev.mledrill.streak.StreakSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrivacyServiceTest {
    private static final Instant DAY1 = Instant.parse("2026-03-02T08:00:00Z");
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.DISCORD, "G1", "C1");
    private static final UserRef ANA = new UserRef(Platform.DISCORD, "G1", "111");
    private static final Clock LATER = Clock.fixed(DAY1.plus(Duration.ofDays(40)), ZoneOffset.UTC);

    private Database db;
    private PersonalRows rows;
    private JdbcPersonalData data;

    @BeforeEach
    void open() {
        db = Database.h2InMemory("privacy-service-" + UUID.randomUUID());
        rows = new PersonalRows(db);
        data = new JdbcPersonalData(db.dataSource());
        long answer = rows.answer(
                ANA,
                CHANNEL,
                rows.question(CHANNEL, "q1", DAY1),
                "Ana: INT8 cut 40% of the battery drain",
                DAY1.plusSeconds(30));
        rows.score(answer, 0, "40% of the battery", DAY1.plusSeconds(31));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("an export is JSON with the answer text, the scores per criterion and the streak of each channel")
    void exportsJsonWithStreaks() throws Exception {
        // given a streak source that knows Ana's streak in C1
        PrivacyService privacy = new PrivacyService(
                data,
                (user, channel) -> channel.equals(CHANNEL) ? new StreakSummary(4, 9, 1, 1) : StreakSummary.NONE,
                LATER);

        // when
        DataExport export = privacy.export(UserSelector.everywhereOn(ANA));
        JsonNode json = new ObjectMapper().readTree(ExportJson.write(export));

        // then
        assertThat(json.path("request").asText()).isEqualTo("user 111 in every discord workspace");
        JsonNode account = json.path("accounts").get(0);
        assertThat(account.path("account").path("team").asText()).isEqualTo("G1");
        assertThat(account.path("answers").get(0).path("text").asText())
                .isEqualTo("Ana: INT8 cut 40% of the battery drain");
        assertThat(account.path("answers").get(0).path("scores").get(0).path("criteria"))
                .hasSize(2);
        assertThat(account.path("streaks").get(0).path("current").asInt()).isEqualTo(4);
        assertThat(account.path("streaks").get(0).path("longest").asInt()).isEqualTo(9);
        assertThat(json.path("exported_at").asText()).isEqualTo("2026-04-11T08:00:00Z");
    }

    @Test
    @DisplayName("forget deletes everything about the user; exporting afterwards finds nothing")
    void forgetThenExportIsEmpty() {
        PrivacyService privacy = new PrivacyService(data, (user, channel) -> StreakSummary.NONE, LATER);

        Erasure erasure = privacy.forget(UserSelector.account(ANA));

        assertThat(erasure.summary()).contains("answers 1", "scores 1", "users 1");
        assertThat(privacy.export(UserSelector.account(ANA)).accounts()).isEmpty();
        assertThat(rows.count("select count(*) from answers")).isZero();
    }

    @Test
    @DisplayName("retention runs at start when scheduled and removes texts older than the configured days")
    void retentionRunsAtStart() {
        AnswerTextRetention retention = new AnswerTextRetention(data, Optional.of(30), LATER);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            assertThat(retention.schedule(executor)).isPresent();

            await().until(() -> rows.count("select count(*) from answers where body is null") == 1);
            assertThat(rows.count("select count(*) from scores")).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    @DisplayName("without the setting, or inside the retention period, no text is removed")
    void retentionKeepsTexts() {
        assertThat(new AnswerTextRetention(data, Optional.empty(), LATER).apply())
                .isZero();
        assertThat(new AnswerTextRetention(data, Optional.empty(), LATER).schedule(null))
                .isEmpty();
        assertThat(new AnswerTextRetention(data, Optional.of(60), LATER).apply())
                .isZero();
        assertThat(rows.count("select count(*) from answers where body is not null"))
                .isEqualTo(1);
    }
}
