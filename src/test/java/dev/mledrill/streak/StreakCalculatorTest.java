package dev.mledrill.streak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StreakCalculatorTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private final StreakCalculator calculator = new StreakCalculator();

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private static List<DrillDay> closed(int... days) {
        return java.util.Arrays.stream(days)
                .mapToObj(d -> new DrillDay(march(d), true))
                .toList();
    }

    @Test
    @DisplayName("only drill days count: a weekend between answered Friday and Monday keeps the streak")
    void drillDaysOnly() {
        StreakCalculator.Result result =
                calculator.calculate(closed(5, 6, 9), Set.of(march(5), march(6), march(9)), Set.of(), 0, MARCH);

        assertThat(result.summary()).isEqualTo(new StreakSummary(3, 3, 0, 0));
    }

    @Test
    @DisplayName(
            "a missed day is covered by a freeze when one is left this month, and the freeze is reported for recording")
    void freezeCoversMissedDay() {
        StreakCalculator.Result result =
                calculator.calculate(closed(2, 3, 4, 5), Set.of(march(2), march(3), march(5)), Set.of(), 1, MARCH);

        assertThat(result.summary()).isEqualTo(new StreakSummary(3, 3, 1, 0));
        assertThat(result.newFreezes()).containsExactly(march(4));
    }

    @Test
    @DisplayName("a second missed day in the month with no freeze left ends the streak, and the longest is kept")
    void noFreezeLeftBreaks() {
        StreakCalculator.Result result = calculator.calculate(
                closed(2, 3, 4, 5, 6, 9), Set.of(march(2), march(3), march(5), march(9)), Set.of(), 1, MARCH);

        assertThat(result.summary()).isEqualTo(new StreakSummary(1, 3, 1, 0));
    }

    @Test
    @DisplayName("a freeze already recorded is honoured without spending another, and today's open drill is not a miss")
    void recordedFreezeAndOpenDay() {
        List<DrillDay> days =
                List.of(new DrillDay(march(2), true), new DrillDay(march(3), true), new DrillDay(march(4), false));

        StreakCalculator.Result result = calculator.calculate(days, Set.of(march(2)), Set.of(march(3)), 2, MARCH);

        assertThat(result.summary()).isEqualTo(new StreakSummary(1, 1, 1, 1));
        assertThat(result.newFreezes()).isEmpty();
    }

    @Test
    @DisplayName("no freeze is spent when there is no streak to save")
    void noFreezeWithoutStreak() {
        StreakCalculator.Result result = calculator.calculate(closed(2, 3), Set.of(march(3)), Set.of(), 2, MARCH);

        assertThat(result.newFreezes()).isEmpty();
        assertThat(result.summary()).isEqualTo(new StreakSummary(1, 1, 0, 2));
    }
}
