package dev.mledrill.store;

import dev.mledrill.chat.UserRef;
import dev.mledrill.leaderboard.OptOuts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** Leaderboard opt-outs in {@code users.leaderboard_opt_out}. */
public final class JdbcOptOuts implements OptOuts {
    private final DataSource dataSource;
    private final Clock clock;
    private final JdbcDirectory directory = new JdbcDirectory();

    public JdbcOptOuts(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void set(UserRef user, String displayName, boolean optedOut) {
        Transaction.run(dataSource, c -> Transaction.update(c, "update users set leaderboard_opt_out = ? where id = ?",
                optedOut, directory.user(c, user, displayName, clock.instant())));
    }

    @Override
    public boolean optedOut(UserRef user) {
        return Transaction.run(dataSource, c -> {
            OptionalLong id = KnownIds.user(c, user);
            if (id.isEmpty()) {
                return false;
            }
            try (PreparedStatement ps = Transaction.prepare(c, "select leaderboard_opt_out from users where id = ?", id.getAsLong());
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }
}
