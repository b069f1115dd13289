package dev.mledrill.chat.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersListResponse;
import com.slack.api.model.User;
import dev.mledrill.chat.DisplayNames;
import dev.mledrill.chat.UserRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Display names for answers stored without one. The answer path asks {@link #nameFor}, which never
 * calls Slack: a cached name, or null and a background look-up, one per person however many answers
 * they send meanwhile. One thread looks names up at the method's tier ({@link SlackPace}), waits out
 * a 429's {@code Retry-After} ({@link SlackCalls}), and hands each name to {@link DisplayNames}.
 *
 * <p>{@code users.info} costs a call per person (100 a minute); {@code users.list} returns 200 people
 * a call (20 calls a minute). With {@link #SWEEP_AT} or more people waiting, paging through
 * {@code users.list} names them far sooner (5,000 newcomers in a 5,000-member workspace: about 75 s
 * instead of 50 minutes) and warms the cache for everyone else; a sweep stops as soon as nobody
 * waits and the next one goes on from there. After a whole round that left people unnamed (not
 * listed, or {@code users.list} failing) there is no sweep for {@link #SWEEP_EVERY}. A few newcomers
 * are looked up one by one, which is quicker than paging through a large workspace.
 */
final class SlackNameLookups implements AutoCloseable {
    static final int SWEEP_AT = 100;
    static final Duration SWEEP_EVERY = Duration.ofMinutes(10);
    private static final int PAGE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(SlackNameLookups.class);

    private final SlackUsers users;
    private final MethodsClient methods;
    private final SlackCalls calls;
    private final DisplayNames names;
    private final Clock clock;
    private final SlackPace infoPace;
    private final SlackPace listPace;
    private final Set<UserRef> pending = ConcurrentHashMap.newKeySet();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "slack-names");
        thread.setDaemon(true);
        return thread;
    });
    /** Read and written on the worker thread only: no sweep before this; where the next one starts (null: the top). */
    private Instant sweepsFrom = Instant.MIN;

    private String listCursor;

    /**
     * @param calls calls that wait out rate limits (this is off the ack path)
     * @param infoEvery the time between two {@code users.info} calls, {@code listEvery} between two pages
     */
    SlackNameLookups(
            SlackUsers users,
            MethodsClient methods,
            SlackCalls calls,
            DisplayNames names,
            Clock clock,
            Duration infoEvery,
            Duration listEvery) {
        this.users = users;
        this.methods = methods;
        // Waits end when the adapter closes, without interrupting the thread (an interrupt in an H2 write closes the
        // file).
        this.calls = calls.pausingWith(this::pause);
        this.names = names;
        this.clock = clock;
        this.infoPace = new SlackPace(infoEvery, this::pause);
        this.listPace = new SlackPace(listEvery, this::pause);
    }

    /** Looks names up at the tiers of Bolt's table. */
    SlackNameLookups(SlackUsers users, MethodsClient methods, SlackCalls calls, DisplayNames names, Clock clock) {
        this(users, methods, calls, names, clock, SlackPace.ofTier("users.info"), SlackPace.ofTier("users.list"));
    }

    /** The name to store with an answer now: the cached one, or null while it is looked up in the background. */
    String nameFor(UserRef user) {
        var known = users.cached(user.id());
        if (known.isPresent()) {
            return known.get().displayName();
        }
        if (pending.add(user)) {
            try {
                worker.execute(() -> resolve(user));
            } catch (RejectedExecutionException closing) {
                pending.remove(user);
            }
        }
        return null;
    }

    private void resolve(UserRef user) {
        if (!pending.contains(user) || closing.getCount() == 0) {
            return;
        }
        try {
            if (pending.size() >= SWEEP_AT
                    && waiting(user.team()).size() >= SWEEP_AT
                    && !clock.instant().isBefore(sweepsFrom)) {
                try {
                    if (sweep(user.team())) {
                        sweepsFrom = clock.instant().plus(SWEEP_EVERY);
                    }
                } catch (SlackCallFailed e) {
                    sweepsFrom = clock.instant().plus(SWEEP_EVERY);
                    LOG.warn("users.list failed ({}); looking Slack display names up one by one", e.getMessage());
                }
            }
            if (!pending.contains(user)) {
                return;
            }
            var known = users.cached(user.id());
            if (known.isPresent()) {
                names.learned(nameOnly(user, known.get()));
            } else {
                lookUp(user);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SlackCallFailed e) {
            if (closing.getCount() > 0) {
                LOG.warn("could not learn the name of Slack user {}: {}", user.id(), e.getMessage());
                users.failed(user.id());
            }
        } catch (RuntimeException e) {
            LOG.warn("could not store the name of Slack user {}: {}", user.id(), e.toString());
        } finally {
            pending.remove(user);
        }
    }

    private void lookUp(UserRef user) throws InterruptedException {
        infoPace.await();
        User found = calls.call("users.info", () -> methods.usersInfo(r -> r.user(user.id())))
                .getUser();
        SlackUsers.Profile profile = SlackUsers.profileOf(found);
        users.remember(user.id(), profile);
        names.learned(nameOnly(user, profile));
    }

    /**
     * Pages through {@code users.list} until nobody of {@code team} waits for a name, going on from
     * where the last sweep stopped (round the list once at most), so repeated bursts of newcomers
     * share one pass over a large workspace. Returns whether people still wait after a whole round
     * (they are not listed: look them up one by one).
     */
    private boolean sweep(String team) throws InterruptedException {
        Map<String, UserRef> waiting = waiting(team);
        LOG.info("looking up {} Slack display names with users.list", waiting.size());
        String start = listCursor;
        boolean wrapped = false;
        do {
            listPace.await();
            String page = listCursor;
            UsersListResponse response;
            try {
                response = calls.call(
                        "users.list", () -> methods.usersList(r -> r.limit(PAGE).cursor(page)));
            } catch (SlackCallFailed e) {
                listCursor = null;
                throw e;
            }
            Map<UserRef, String> learned = new HashMap<>();
            for (User member : response.getMembers() == null ? List.<User>of() : response.getMembers()) {
                SlackUsers.Profile profile = SlackUsers.profileOf(member);
                users.remember(member.getId(), profile);
                UserRef user = waiting.remove(member.getId());
                if (user != null && profile.displayName() != null) {
                    learned.put(user, profile.displayName());
                }
            }
            names.learned(learned);
            pending.removeAll(learned.keySet());
            String next = response.getResponseMetadata() == null
                    ? null
                    : response.getResponseMetadata().getNextCursor();
            listCursor = next == null || next.isEmpty() ? null : next;
            if (listCursor == null) {
                if (start == null || wrapped) {
                    return !waiting.isEmpty();
                }
                wrapped = true;
            }
            if (wrapped && Objects.equals(listCursor, start)) {
                return !waiting.isEmpty();
            }
        } while (!waiting.isEmpty());
        return false;
    }

    private Map<String, UserRef> waiting(String team) {
        Map<String, UserRef> waiting = new HashMap<>();
        for (UserRef user : pending) {
            if (user.team().equals(team)) {
                waiting.put(user.id(), user);
            }
        }
        return waiting;
    }

    private static Map<UserRef, String> nameOnly(UserRef user, SlackUsers.Profile profile) {
        return profile.displayName() == null ? Map.of() : Map.of(user, profile.displayName());
    }

    private void pause(Duration wait) throws InterruptedException {
        if (closing.await(wait.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new InterruptedException("the Slack adapter is closing");
        }
    }

    /** Stops looking up; names still missing are looked up when their people next answer. */
    @Override
    public void close() {
        closing.countDown();
        pending.clear();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("a Slack name look-up was still running after 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
