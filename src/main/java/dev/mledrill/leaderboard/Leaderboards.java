package dev.mledrill.leaderboard;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.streak.Scope;
import java.time.ZoneId;
import java.util.List;

/**
 * Rankings computed from stored answers and scores. Withdrawn, practice and late answers never
 * count; users who opted out are left off. Ties break by answers (more first), then the earliest
 * first answer, then the internal user id (who the bot knew first), so the order is stable.
 */
public interface Leaderboards {

    /** The top {@code limit} by points in the channel or its whole workspace, for the period in {@code zone}. */
    List<LeaderboardEntry> points(ChannelRef channel, Scope scope, Period period, ZoneId zone, int limit);

    /** The top {@code limit} by current streak (then longest) in the channel or its workspace. */
    List<StreakStanding> streaks(ChannelRef channel, Scope scope, ZoneId zone, int limit);
}
