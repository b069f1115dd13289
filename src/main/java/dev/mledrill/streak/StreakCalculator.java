package dev.mledrill.streak;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a streak from stored facts. Only drill days count (days a question was posted:
 * unscheduled days, skip dates and days the bot could not post never break a streak). A day
 * answered inside its window adds one; a missed closed day is covered by a freeze already spent
 * on it, else by a new one if the streak is running and the month has one left, else it ends the
 * streak. A covered day keeps the streak but does not add to it; a day still open is not missed yet.
 */
public final class StreakCalculator {

    /** The streak, and the freezes this calculation spent (to be recorded). */
    public record Result(StreakSummary summary, List<LocalDate> newFreezes) {
        public Result {
            newFreezes = List.copyOf(newFreezes);
        }
    }

    /**
     * @param days      drill days of the scope, any order, each date once
     * @param answered  dates the user answered inside the window
     * @param frozen    dates already covered by a recorded freeze
     * @param thisMonth the current month in the scope's zone, for freezes used and left
     */
    public Result calculate(
            List<DrillDay> days,
            Set<LocalDate> answered,
            Set<LocalDate> frozen,
            int freezesPerMonth,
            YearMonth thisMonth) {
        Map<YearMonth, Integer> spent = new HashMap<>();
        frozen.forEach(date -> spent.merge(YearMonth.from(date), 1, Integer::sum));
        List<LocalDate> newFreezes = new ArrayList<>();
        int run = 0;
        int longest = 0;
        for (DrillDay day :
                days.stream().sorted((a, b) -> a.date().compareTo(b.date())).toList()) {
            LocalDate date = day.date();
            if (answered.contains(date)) {
                run++;
                longest = Math.max(longest, run);
            } else if (!day.closed() || frozen.contains(date)) {
                continue;
            } else if (run > 0 && spent.getOrDefault(YearMonth.from(date), 0) < freezesPerMonth) {
                spent.merge(YearMonth.from(date), 1, Integer::sum);
                newFreezes.add(date);
            } else {
                run = 0;
            }
        }
        int used = spent.getOrDefault(thisMonth, 0);
        return new Result(new StreakSummary(run, longest, used, Math.max(0, freezesPerMonth - used)), newFreezes);
    }
}
