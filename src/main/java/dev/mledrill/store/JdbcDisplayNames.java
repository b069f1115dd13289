package dev.mledrill.store;

import dev.mledrill.chat.DisplayNames;
import dev.mledrill.chat.UserRef;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;

/** Display names learned by an adapter, written to {@code users.display_name} in one transaction per batch. */
public final class JdbcDisplayNames implements DisplayNames {
    private final DataSource dataSource;
    private final Clock clock;
    private final JdbcDirectory directory = new JdbcDirectory();

    public JdbcDisplayNames(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void learned(Map<UserRef, String> names) {
        if (names.values().stream().allMatch(n -> n == null || n.isBlank())) {
            return;
        }
        Transaction.run(dataSource, c -> {
            for (Map.Entry<UserRef, String> e : names.entrySet()) {
                if (e.getValue() != null && !e.getValue().isBlank()) {
                    directory.user(c, e.getKey(), e.getValue(), clock.instant());
                }
            }
            return null;
        });
    }
}
