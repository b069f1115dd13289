package dev.mledrill.progress;

import dev.mledrill.leaderboard.StreakStanding;
import dev.mledrill.rubric.Criterion;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the team chart shows for a channel: over {@code from}..{@code to}, how many scored daily
 * answers there were and how many of them missed each criterion (earned at most a quarter of its
 * points, as in the wrap-up), and the streak board (people who opted out are already left off).
 *
 * @param showNames whether the channel names people; without it the board shows ranks only
 */
public record TeamFacts(
        String channelName,
        LocalDate from,
        LocalDate to,
        int scoredAnswers,
        Map<Criterion, Integer> missedBy,
        List<StreakStanding> streaks,
        boolean showNames) {
    public TeamFacts {
        Objects.requireNonNull(channelName, "channelName");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        missedBy = missedBy.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(missedBy));
        streaks = List.copyOf(streaks);
    }

    /** The criteria by how many answers missed them, most first (ties: the rubric's order). */
    public List<Map.Entry<Criterion, Integer>> mostMissed() {
        return missedBy.entrySet().stream()
                .sorted(Map.Entry.<Criterion, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    /** The name shown for a row of the streak board. */
    public String nameOf(StreakStanding standing) {
        return showNames ? standing.displayName() : "#" + standing.rank();
    }
}
