package dev.mledrill.privacy;

import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose data a privacy request is about: a platform user id, narrowed to one platform and one
 * workspace when given. Without a workspace it covers every workspace of the platform (a Discord
 * user id, or a Slack Enterprise Grid user, is the same person in each).
 */
public record UserSelector(String userId, Optional<Platform> platform, Optional<String> team) {
    public UserSelector {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a user id is required");
        }
        userId = userId.strip();
        Objects.requireNonNull(platform, "platform");
        team = Objects.requireNonNull(team, "team").map(String::strip).filter(t -> !t.isEmpty());
        if (team.isPresent() && platform.isEmpty()) {
            throw new IllegalArgumentException("a workspace (team) needs its platform too");
        }
    }

    /** Exactly this account: one user in one workspace. */
    public static UserSelector account(UserRef user) {
        return new UserSelector(user.id(), Optional.of(user.platform()), Optional.of(user.team()));
    }

    /** This user id in every workspace of the user's platform. */
    public static UserSelector everywhereOn(UserRef user) {
        return new UserSelector(user.id(), Optional.of(user.platform()), Optional.empty());
    }

    public boolean matches(UserRef user) {
        return user.id().equals(userId)
                && platform.map(p -> p == user.platform()).orElse(true)
                && team.map(t -> t.equals(user.team())).orElse(true);
    }

    /** e.g. "user U123 in slack workspace T1" or "user U123 on every platform". */
    public String describe() {
        String where = platform.map(p ->
                        team.map(t -> "in " + p.id() + " workspace " + t).orElse("in every " + p.id() + " workspace"))
                .orElse("on every platform");
        return "user " + userId + " " + where;
    }
}
