package dev.mledrill.leaderboard;

import dev.mledrill.chat.UserRef;

/** A user's choice to stay off leaderboards and out of wrap-up names ({@code /drill optout}). */
public interface OptOuts {
    void set(UserRef user, String displayName, boolean optedOut);

    boolean optedOut(UserRef user);
}
