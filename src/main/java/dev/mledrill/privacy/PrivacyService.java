package dev.mledrill.privacy;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;
import dev.mledrill.streak.StreakSummary;
import dev.mledrill.streak.Streaks;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person's rights over their data: take it with them ({@link #export}) and take it back
 * ({@link #forget}). Used by {@code /drill export}, {@code /drill forget-me} and the CLI.
 * Logs name users by id and count rows; they never contain answer texts.
 */
public final class PrivacyService {
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyService.class);

    private final PersonalData data;
    private final Streaks streaks;
    private final Clock clock;

    public PrivacyService(PersonalData data, Streaks streaks, Clock clock) {
        this.data = Objects.requireNonNull(data, "data");
        this.streaks = Objects.requireNonNull(streaks, "streaks");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public DataExport export(UserSelector who) {
        List<UserData> accounts = data.accounts(who).stream()
                .map(account -> {
                    UserData stored = data.export(account);
                    return stored.withStreaks(streaksOf(account, stored));
                })
                .toList();
        return new DataExport(who.describe(), clock.instant(), accounts);
    }

    public Erasure forget(UserSelector who) {
        Erasure erasure = data.erase(who);
        if (erasure.nothingFound()) {
            LOG.info("forget request for {}: nothing stored", who.describe());
        } else {
            LOG.info(
                    "forgot {} ({} account(s)): deleted {}",
                    who.describe(),
                    erasure.accounts().size(),
                    erasure.summary());
        }
        return erasure;
    }

    private List<UserData.Streak> streaksOf(UserRef account, UserData stored) {
        return stored.answers().stream()
                .filter(a -> !a.practice() && a.channel() != null)
                .map(UserData.Answer::channel)
                .distinct()
                .map(channel -> {
                    StreakSummary s = streaks.of(account, new ChannelRef(account.platform(), account.team(), channel));
                    return new UserData.Streak(channel, s.current(), s.longest(), s.freezesUsed(), s.freezesLeft());
                })
                .toList();
    }
}
