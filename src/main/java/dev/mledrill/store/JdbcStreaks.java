package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;
import dev.mledrill.streak.StreakPolicy;
import dev.mledrill.streak.StreakSummary;
import dev.mledrill.streak.Streaks;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import javax.sql.DataSource;

/** A user's streak in a channel (or its workspace, per policy), computed from stored rows on each call. */
public final class JdbcStreaks implements Streaks {
    private final DataSource dataSource;
    private final StreakRows rows;
    private final Function<ChannelRef, ZoneId> zones;
    private final Clock clock;

    /** @param zones the zone whose day and month boundaries apply to a channel */
    public JdbcStreaks(DataSource dataSource, StreakPolicy policy, Function<ChannelRef, ZoneId> zones, Clock clock) {
        this.dataSource = dataSource;
        this.rows = new StreakRows(policy);
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    public StreakSummary of(UserRef user, ChannelRef channel) {
        return Transaction.run(dataSource, c -> {
            Optional<KnownIds.ChannelIds> ids = KnownIds.channel(c, channel);
            OptionalLong userId = KnownIds.user(c, user);
            if (ids.isEmpty() || userId.isEmpty()) {
                return rows.none();
            }
            return rows.compute(c, ids.get(), List.of(userId.getAsLong()), clock.instant(), zones.apply(channel))
                    .getOrDefault(userId.getAsLong(), rows.none());
        });
    }
}
