package dev.mledrill.chat.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a Slack user is ({@code users.info}): the name to show and whether they administer the
 * workspace. Cached so a busy thread costs one lookup per person. A failed lookup (calls here
 * fail fast, as Slack is waiting for an ack) counts as "no name, not an admin" for a minute.
 * The answer path only reads the cache ({@link #cached}); {@link SlackNameLookups} fills it.
 */
final class SlackUsers {
    private static final Logger LOG = LoggerFactory.getLogger(SlackUsers.class);
    private static final Duration TTL = Duration.ofMinutes(10);
    private static final Duration FAILURE_TTL = Duration.ofMinutes(1);

    record Profile(String displayName, boolean workspaceAdmin) {}

    private record Cached(Profile profile, Instant until) {}

    private final MethodsClient methods;
    private final SlackCalls calls;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    SlackUsers(MethodsClient methods, SlackCalls calls, Clock clock) {
        this.methods = methods;
        this.calls = calls;
        this.clock = clock;
    }

    /** The profile looked up within the last 10 minutes (or the failure within the last minute), without a call. */
    Optional<Profile> cached(String userId) {
        Cached cached = cache.get(userId);
        return cached != null && cached.until().isAfter(clock.instant())
                ? Optional.of(cached.profile())
                : Optional.empty();
    }

    /** Keeps a profile learned elsewhere ({@code users.info} or {@code users.list} in the background). */
    void remember(String userId, Profile profile) {
        cache.put(userId, new Cached(profile, clock.instant().plus(TTL)));
    }

    /** A look-up failed: "no name, not an admin" for a minute, so the person's next event does not call again at once. */
    Profile failed(String userId) {
        Profile unknown = new Profile(null, false);
        cache.put(userId, new Cached(unknown, clock.instant().plus(FAILURE_TTL)));
        return unknown;
    }

    /** The cached profile, or a {@code users.info} call now: for commands and backfill, never an answer's ack. */
    Profile lookup(String userId) {
        Optional<Profile> known = cached(userId);
        if (known.isPresent()) {
            return known.get();
        }
        Instant now = clock.instant();
        try {
            User user = calls.call("users.info", () -> methods.usersInfo(r -> r.user(userId)))
                    .getUser();
            Profile profile = profileOf(user);
            cache.put(userId, new Cached(profile, now.plus(TTL)));
            return profile;
        } catch (SlackCallFailed e) {
            LOG.warn("could not look up Slack user {}: {}", userId, e.getMessage());
            return failed(userId);
        }
    }

    static Profile profileOf(User user) {
        return new Profile(nameOf(user), user.isAdmin() || user.isOwner() || user.isPrimaryOwner());
    }

    private static String nameOf(User user) {
        User.Profile profile = user.getProfile();
        if (profile != null
                && profile.getDisplayName() != null
                && !profile.getDisplayName().isBlank()) {
            return profile.getDisplayName();
        }
        if (profile != null
                && profile.getRealName() != null
                && !profile.getRealName().isBlank()) {
            return profile.getRealName();
        }
        return user.getName();
    }
}
