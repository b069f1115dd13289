package dev.mledrill.privacy;

import dev.mledrill.chat.UserRef;
import java.time.Instant;
import java.util.List;

/** Reading, erasing and expiring what is stored about people. */
public interface PersonalData {

    /** The stored accounts the selector matches (one per workspace the user answered in). */
    List<UserRef> accounts(UserSelector who);

    /** Everything stored about one account; streaks are left empty for the caller to compute. */
    UserData export(UserRef account);

    /**
     * Deletes, in one transaction, the matched users' answers, answer edits, scores and their
     * criteria, practice sessions, streak data and the user rows themselves.
     */
    Erasure erase(UserSelector who);

    /**
     * Removes the text (and edit texts and quoted evidence) of answers received before
     * {@code receivedBefore} whose score is kept; scores stay. Returns how many answers lost their text.
     */
    int purgeAnswerTexts(Instant receivedBefore, Instant now);
}
