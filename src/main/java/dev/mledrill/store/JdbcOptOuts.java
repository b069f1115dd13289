package dev.mledrill.store;

import dev.mledrill.chat.UserRef;
import dev.mledrill.leaderboard.OptOuts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** Leaderboard opt-outs in {@code users.leaderboard_opt_out}, reveal opt-outs in {@code users.reveal_opt_out}. */
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
        write("leaderboard_opt_out", user, displayName, optedOut);
    }

    @Override
    public boolean optedOut(UserRef user) {
        return read("leaderboard_opt_out", user);
    }

    @Override
    public void setTextHidden(UserRef user, String displayName, boolean hidden) {
        write("reveal_opt_out", user, displayName, hidden);
    }

    @Override
    public boolean textHidden(UserRef user) {
        return read("reveal_opt_out", user);
    }

    private void write(String column, UserRef user, String displayName, boolean value) {
        Transaction.run(
                dataSource,
                c -> Transaction.update(
                        c,
                        "update users set " + column + " = ? where id = ?",
                        value,
                        directory.user(c, user, displayName, clock.instant())));
    }

    private boolean read(String column, UserRef user) {
        return Transaction.run(dataSource, c -> {
            OptionalLong id = KnownIds.user(c, user);
            if (id.isEmpty()) {
                return false;
            }
            try (PreparedStatement ps =
                            Transaction.prepare(c, "select " + column + " from users where id = ?", id.getAsLong());
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }
}
