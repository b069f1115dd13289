package dev.mledrill.chat;

import java.util.Map;

/**
 * Where an adapter puts the display names it learns after the fact (answers are stored without
 * waiting for a name), so boards and wrap-ups show them. A blank name is ignored.
 */
public interface DisplayNames {
    DisplayNames NONE = names -> {};

    /** These people's display names are now as given; a known name is replaced, never cleared. */
    void learned(Map<UserRef, String> names);
}
