package dev.mledrill.leaderboard;

import dev.mledrill.chat.UserRef;

/**
 * A user's choices to stay off leaderboards and out of wrap-up names ({@code /drill optout}), and to
 * keep the text of their private answers out of the reveal at the close ({@code /drill reveal off}).
 */
public interface OptOuts {
    void set(UserRef user, String displayName, boolean optedOut);

    boolean optedOut(UserRef user);

    /** {@code hidden}: the reveal shows their score but not their text. */
    void setTextHidden(UserRef user, String displayName, boolean hidden);

    boolean textHidden(UserRef user);
}
