package dev.mledrill.drill;

import dev.mledrill.chat.FollowUp;
import dev.mledrill.chat.PrivateNotice;
import dev.mledrill.drill.copies.CopyChecks;
import dev.mledrill.drill.copies.CopyNotices;
import dev.mledrill.drill.copies.Signer;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.Scorer;
import dev.mledrill.streak.StreakSummary;
import dev.mledrill.streak.Streaks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a stored answer's current revision for near copies, scores it, keeps the score, and reads the
 * author's streak.
 */
final class AnswerScoring {
    private final DrillStores stores;
    private final Function<String, Optional<Question>> questions;
    private final Scorer scorer;
    private final Streaks streaks;
    private final Clock clock;
    private final Signer signer = new Signer();

    AnswerScoring(
            DrillStores stores,
            Function<String, Optional<Question>> questions,
            Scorer scorer,
            Streaks streaks,
            Clock clock) {
        this.stores = stores;
        this.questions = questions;
        this.scorer = scorer;
        this.streaks = streaks;
        this.clock = clock;
    }

    /**
     * Empty when the answer is gone or withdrawn, or when this revision was scored meanwhile (by the
     * recovery pass racing a live event, say): then the other scoring sends the feedback.
     */
    Optional<ScoredAnswer> score(long answerId) {
        Optional<StoredAnswer> stored = stores.answers().find(answerId).filter(a -> !a.withdrawn());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredAnswer answer = stored.get();
        Optional<Question> question = questions.apply(answer.target().questionId());
        String text = AnswerText.forScoring(answer.body());
        // Checked before scoring: when the feedback goes out, the answer already counts or does not.
        Optional<CopyChecks.Checked> copies = stores.copies().check(answer.id(), answer.revision(), signer.sign(text));
        Score score = scorer.score(text, question);
        if (!stores.scores().save(answer.id(), answer.revision(), score, clock.instant())) {
            return Optional.empty();
        }
        StreakSummary streak = streaks.of(answer.user(), answer.streakChannel());
        return Optional.of(new ScoredAnswer(answer, question, score, streak, copies));
    }

    /**
     * Scores the answer's current revision with its probe reply added, as one text, and keeps that
     * score beside the answer's own; the better of the two is the answer's score. Empty when there is
     * no reply, the answer is gone or withdrawn, or this revision already has a combined score.
     */
    Optional<ScoredAnswer> scoreWithReply(long answerId, ProbeStore probes) {
        Optional<StoredAnswer> stored = stores.answers().find(answerId).filter(a -> !a.withdrawn());
        Optional<ProbeStore.Answered> probe = probes.answered(answerId);
        if (stored.isEmpty() || probe.isEmpty()) {
            return Optional.empty();
        }
        StoredAnswer answer = stored.get();
        Optional<Question> question = questions.apply(answer.target().questionId());
        Score score = scorer.score(
                AnswerText.forScoring(answer.body() + "\n\n" + probe.get().replyText()), question);
        ProbeStore.Combined combined =
                probes.saveCombined(probe.get().probeId(), answerId, answer.revision(), score, clock.instant());
        if (!combined.saved()) {
            return Optional.empty();
        }
        StreakSummary streak = streaks.of(answer.user(), answer.streakChannel());
        FollowUp result =
                new FollowUp.Answered(probe.get().probeText(), combined.own(), score.total(), combined.counts());
        return Optional.of(new ScoredAnswer(answer, question, score, streak, Optional.empty(), Optional.of(result)));
    }

    /**
     * Checks again, without rescoring, the answers flagged recycled of an answer just withdrawn: a
     * withdrawn answer is no source of recycling (its author moved it), so they may count again.
     * Returns the notices for the authors whose answers now count.
     */
    List<PrivateNotice> afterWithdrawal(long withdrawnId) {
        List<PrivateNotice> notices = new ArrayList<>();
        for (long id : stores.copies().recycledFrom(withdrawnId)) {
            Optional<StoredAnswer> stored = stores.answers().find(id).filter(a -> !a.withdrawn());
            if (stored.isEmpty()) {
                continue;
            }
            StoredAnswer answer = stored.get();
            stores.copies()
                    .check(id, answer.revision(), signer.sign(AnswerText.forScoring(answer.body())))
                    .flatMap(CopyNotices::after)
                    .ifPresent(text -> notices.add(new PrivateNotice(
                            answer.channel(),
                            answer.target().threadId(),
                            answer.messageId(),
                            answer.user(),
                            answer.practice(),
                            text)));
        }
        return notices;
    }
}
