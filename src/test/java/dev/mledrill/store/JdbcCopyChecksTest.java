package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.AnswerText;
import dev.mledrill.drill.copies.Signer;
import dev.mledrill.privacy.UserSelector;
import dev.mledrill.testing.CopyTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The live near-copy check keeps what it read of a thread between checks and reads only what
 * changed since: these show it still sees what another process checked, an edit, and a forgotten
 * answer, and that its verdicts on a busy thread are those of a check that reads everything.
 * On PostgreSQL too (subclass).
 */
class JdbcCopyChecksTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final UserRef ALICE = new UserRef(Platform.SLACK, "T1", "UA");
    private static final UserRef BOB = new UserRef(Platform.SLACK, "T1", "UB");
    private static final UserRef CARL = new UserRef(Platform.SLACK, "T1", "UC");
    private static final Instant DAY1 = Instant.parse("2026-03-02T08:00:00Z");

    private final Signer signer = new Signer();
    private Database db;
    private PersonalRows rows;
    private AnswerTarget.Daily q1;

    protected Database openDatabase() {
        return Database.h2InMemory("copy-checks-" + UUID.randomUUID());
    }

    @BeforeEach
    void open() {
        db = openDatabase();
        rows = new PersonalRows(db);
        q1 = rows.question(CHANNEL, "q1", DAY1);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("a process sees an original that another process checked after its own last check in the thread")
    void seesWhatAnotherProcessChecked() {
        JdbcCopyChecks first = new JdbcCopyChecks(db.dataSource(), signer);
        JdbcCopyChecks second = new JdbcCopyChecks(db.dataSource(), signer);
        check(first, rows.answer(CARL, CHANNEL, q1, CopyTexts.CARL_HONEST, DAY1.plusSeconds(30)));

        long alice = rows.answer(ALICE, CHANNEL, q1, CopyTexts.ALICE_TEXT, DAY1.plusSeconds(60));
        check(second, alice);
        long bob = rows.answer(BOB, CHANNEL, q1, CopyTexts.BOB_COPY, DAY1.plusSeconds(120));
        check(first, bob);

        assertThat(rows.text("select copy_flag from answers where id = " + bob)).isEqualTo("copied");
        assertThat(rows.count("select copy_of from answers where id = " + bob)).isEqualTo(alice);
    }

    @Test
    @DisplayName("an answer edited into the original after it was checked is seen with its new text")
    void seesAnEditAfterTheCheck() {
        JdbcCopyChecks checks = new JdbcCopyChecks(db.dataSource(), signer);
        long alice = rows.answer(ALICE, CHANNEL, q1, CopyTexts.CARL_HONEST, DAY1.plusSeconds(60));
        check(checks, alice);
        check(checks, rows.answer(CARL, CHANNEL, q1, CopyTexts.BOB_OWN, DAY1.plusSeconds(70)));

        rows.edit(alice, CopyTexts.ALICE_TEXT, DAY1.plusSeconds(90));
        long bob = rows.answer(BOB, CHANNEL, q1, CopyTexts.BOB_COPY, DAY1.plusSeconds(120));
        check(checks, bob);

        assertThat(rows.text("select copy_flag from answers where id = " + bob)).isEqualTo("copied");
        assertThat(rows.count("select copy_of from answers where id = " + bob)).isEqualTo(alice);
    }

    @Test
    @DisplayName("an original forgotten after it was read is not named: the copy left behind is clean")
    void forgetsAForgottenOriginal() {
        JdbcCopyChecks checks = new JdbcCopyChecks(db.dataSource(), signer);
        long alice = rows.answer(ALICE, CHANNEL, q1, CopyTexts.ALICE_TEXT, DAY1.plusSeconds(60));
        check(checks, alice);

        new JdbcPersonalData(db.dataSource()).erase(UserSelector.account(ALICE));
        long bob = rows.answer(BOB, CHANNEL, q1, CopyTexts.BOB_COPY, DAY1.plusSeconds(120));
        check(checks, bob);

        assertThat(rows.count("select count(*) from answers where copy_flag is not null"))
                .isZero();
    }

    @Test
    @DisplayName("on a busy thread checked in any order by two processes, every verdict is the rescore's")
    void busyThreadAgreesWithTheRescore() {
        Random random = new Random(7);
        List<String> sentences = List.of(
                "Users saw the camera preview stutter after the model update.",
                "We cut p95 latency from 180 ms to 95 ms on a Pixel 7 by moving to int8.",
                "Top-1 accuracy dropped by 0.4 points, which the product team accepted.",
                "Battery drain per hour of use fell from 6 percent to 4 percent.",
                "I would start from the moment the user notices the delay.",
                "Structured pruning removed 30 percent of channels with a short fine-tune.",
                "Distillation into a smaller student kept recall on the long tail.",
                "We measured on three phones, cold start and warm, 200 runs each.",
                "Keeping inference on device meant no photo ever left the phone.",
                "A per-channel scale fixed the outliers that per-tensor quantization clipped.",
                "The keyboard suggestions had to appear within one frame.",
                "We shipped behind a flag and watched crash-free sessions for a week.");
        Map<Long, String> texts = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            UserRef user = new UserRef(Platform.SLACK, "T1", "U" + i);
            String text;
            if (i > 10 && random.nextInt(5) == 0) {
                String original = texts.get(ids.get(random.nextInt(ids.size())));
                text = original.replace("We ", "Our team ").replace(".", "!");
            } else {
                List<String> pick = new ArrayList<>(sentences);
                Collections.shuffle(pick, random);
                text = String.join(" ", pick.subList(0, 4 + random.nextInt(4))) + " Answer " + i + " of mine.";
            }
            long id = rows.answer(user, CHANNEL, q1, text, DAY1.plusSeconds(10L * i));
            texts.put(id, text);
            ids.add(id);
        }
        List<Long> order = new ArrayList<>(ids);
        Collections.shuffle(order, random);
        JdbcCopyChecks first = new JdbcCopyChecks(db.dataSource(), signer);
        JdbcCopyChecks second = new JdbcCopyChecks(db.dataSource(), signer);
        for (int i = 0; i < order.size(); i++) {
            check(i % 3 == 0 ? second : first, order.get(i));
        }
        List<String> live = rows.texts("select id || ':' || coalesce(copy_flag, '-') || ':' || coalesce(cast(copy_of as"
                + " varchar(20)), '-') from answers order by id");

        TestSql.execute(
                db,
                "update answers set copy_flag = null, copy_of = null, copy_similarity = null,"
                        + " copy_checked_revision = null, copy_method = null");
        new JdbcCopyRescan(db.dataSource(), signer, 2, 50).run();
        List<String> rescanned =
                rows.texts("select id || ':' || coalesce(copy_flag, '-') || ':' || coalesce(cast(copy_of"
                        + " as varchar(20)), '-') from answers order by id");

        assertThat(live).filteredOn(v -> v.contains(":copied:")).hasSizeGreaterThan(10);
        assertThat(live).isEqualTo(rescanned);
    }

    private void check(JdbcCopyChecks checks, long answerId) {
        var answer = new JdbcAnswerStore(db.dataSource()).find(answerId).orElseThrow();
        checks.check(answerId, answer.revision(), signer.sign(AnswerText.forScoring(answer.body())));
    }
}
