package dev.mledrill.command;

import dev.mledrill.chat.CommandReply;

/** What {@code /drill help} (and any unknown subcommand) shows. */
final class HelpText {
    private static final String TEXT = """
            **/drill commands**
            - `/drill today`: today's question and when its answer window closes
            - `/drill leaderboard [week|month|all] [workspace]`: points ranking (default: this week, this channel)
            - `/drill streak [@user]`: current and longest streak, freezes used and left
            - `/drill stats`: your average per rubric criterion, its 30-day trend and your progress chart (only to you)
            - `/drill stats team`: the channel's chart (most-missed criteria over 4 weeks, streak board), posted in the channel
            - `/drill remind on|off [quiet 22:00-07:00]`: a DM before the question closes when your streak is at risk
            - `/drill rubric`: how answers are scored
            - `/drill practice [category]`: a private extra question by DM, aimed at where you lose most points unless you name a category (never counts for leaderboards or streaks)
            - `/drill optout` / `/drill optin`: leave or rejoin leaderboards and wrap-up names
            - `/drill reveal off|on`: keep your private answers' texts out of the reveal at the close (your score still counts)
            - `/drill export [everywhere]`: your stored answers, scores and streaks as JSON, shown only to you
            - `/drill forget-me`: delete everything stored about you (asks you to confirm first)
            - `/drill help`: this list
            Admins: `/drill schedule` (this channel's schedule), `/drill pause`, `/drill resume`.""";

    private HelpText() {}

    static CommandReply reply() {
        return new CommandReply(TEXT);
    }
}
