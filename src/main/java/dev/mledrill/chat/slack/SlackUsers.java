package dev.mledrill.chat.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a Slack user is ({@code users.info}): the name to show and whether they administer the
 * workspace. Cached so a busy thread costs one lookup per person. A failed lookup (calls here
 * fail fast, as Slack is waiting for an ack) counts as "no name, not an admin" for a minute.
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

    Profile lookup(String userId) {
        Instant now = clock.instant();
        Cached cached = cache.get(userId);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.profile();
        }
        try {
            User user = calls.call("users.info", () -> methods.usersInfo(r -> r.user(userId)))
                    .getUser();
            Profile profile = new Profile(nameOf(user), user.isAdmin() || user.isOwner() || user.isPrimaryOwner());
            cache.put(userId, new Cached(profile, now.plus(TTL)));
            return profile;
        } catch (SlackCallFailed e) {
            LOG.warn("could not look up Slack user {}: {}", userId, e.getMessage());
            Profile unknown = new Profile(null, false);
            cache.put(userId, new Cached(unknown, now.plus(FAILURE_TTL)));
            return unknown;
        }
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
