package dev.mledrill.command;

import dev.mledrill.chat.CommandReply;
import dev.mledrill.chat.UserRef;
import dev.mledrill.leaderboard.LeaderboardEntry;
import dev.mledrill.leaderboard.Leaderboards;
import dev.mledrill.leaderboard.OptOuts;
import dev.mledrill.leaderboard.Period;
import dev.mledrill.streak.Scope;
import dev.mledrill.streak.StreakSummary;
import dev.mledrill.streak.Streaks;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /drill leaderboard} and {@code /drill streak}. */
public final class StandingReplies {
    static final int TOP = 10;
    /** Slack {@code <@U123|name>}, Discord {@code <@123>} or {@code <@!123>}, or a bare {@code @U123}. */
    private static final Pattern MENTION = Pattern.compile("^<@!?([A-Za-z0-9]+)(?:\\|[^>]*)?>$|^@?([A-Za-z0-9]+)$");

    private final Leaderboards leaderboards;
    private final Streaks streaks;
    private final OptOuts optOuts;

    public StandingReplies(Leaderboards leaderboards, Streaks streaks, OptOuts optOuts) {
        this.leaderboards = leaderboards;
        this.streaks = streaks;
        this.optOuts = optOuts;
    }

    CommandReply leaderboard(CommandContext context) {
        Period period = Period.WEEK;
        Scope scope = Scope.CHANNEL;
        for (String arg : context.args()) {
            if (arg.equalsIgnoreCase("workspace") || arg.equalsIgnoreCase("channel")) {
                scope = Scope.fromId(arg);
            } else {
                period = Period.fromId(arg);
            }
        }
        List<LeaderboardEntry> board =
                leaderboards.points(context.event().channel(), scope, period, context.zone(), TOP);
        String title = "**Leaderboard: " + title(period)
                + (scope == Scope.WORKSPACE ? ", whole workspace" : ", this channel") + "**";
        if (board.isEmpty()) {
            return new CommandReply(title + "\nNo counted answers yet. Reply to today's question to get on the board.");
        }
        StringBuilder text = new StringBuilder(title);
        for (LeaderboardEntry e : board) {
            text.append('\n')
                    .append(e.rank())
                    .append(". ")
                    .append(nameOf(context, e.userId(), e.displayName()))
                    .append(": ")
                    .append(Math.round(e.points()))
                    .append(" pts, ")
                    .append(e.answers())
                    .append(e.answers() == 1 ? " answer" : " answers")
                    .append(e.currentStreak() > 0 ? ", streak " + e.currentStreak() : "");
        }
        return new CommandReply(text.toString());
    }

    CommandReply streak(CommandContext context) {
        UserRef caller = context.event().user();
        Optional<UserRef> other = context.arg(0).map(arg -> mentioned(arg, caller));
        UserRef user = other.orElse(caller);
        boolean self = user.equals(caller);
        if (!self && optOuts.optedOut(user)) {
            return new CommandReply("That person has opted out of leaderboards and streak boards.");
        }
        StreakSummary s = streaks.of(user, context.event().channel());
        String who = self ? "Your" : "<@" + user.id() + ">'s";
        return new CommandReply(
                "**" + who + " streak: " + s.current() + (s.current() == 1 ? " drill day" : " drill days")
                        + "** (longest " + s.longest() + ")\nStreak freezes this month: " + s.freezesUsed() + " used, "
                        + s.freezesLeft()
                        + " left. A freeze covers a missed drill day automatically; late answers don't count.");
    }

    private static UserRef mentioned(String arg, UserRef caller) {
        Matcher m = MENTION.matcher(arg.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("`/drill streak` takes a mention such as @someone, not '" + arg + "'.");
        }
        String id = m.group(1) != null ? m.group(1) : m.group(2);
        return new UserRef(caller.platform(), caller.team(), id);
    }

    private static String nameOf(CommandContext context, String userId, String displayName) {
        if (userId.equals(context.event().user().id())) {
            return "**you**";
        }
        if (!context.showNames()) {
            return "(hidden)";
        }
        // No name stored yet (it is looked up after the answer; the entry then holds the id): a mention, which
        // Slack and Discord show as the person's name.
        return displayName.equals(userId) ? "<@" + userId + ">" : displayName;
    }

    private static String title(Period period) {
        return switch (period) {
            case WEEK -> "this week";
            case MONTH -> "this month";
            case ALL -> "all time";
        };
    }
}
