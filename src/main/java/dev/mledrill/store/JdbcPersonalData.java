package dev.mledrill.store;

import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.privacy.Erasure;
import dev.mledrill.privacy.PersonalData;
import dev.mledrill.privacy.UserData;
import dev.mledrill.privacy.UserSelector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Export, erasure and retention over every table that holds a person's data. {@link #USER_TABLES}
 * lists them in deletion order; a schema test fails when a migration adds a table that points at
 * a user's rows and is not listed here.
 */
public final class JdbcPersonalData implements PersonalData {
    /** Table name and the delete that clears one user's rows from it (parameter: users.id), children first. */
    static final Map<String, String> USER_TABLES = userTables();

    private final DataSource dataSource;

    public JdbcPersonalData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private static Map<String, String> userTables() {
        String answersOf = "(select id from answers where user_id = ?)";
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("answer_probes", "delete from answer_probes where user_id = ?");
        tables.put("scores", "delete from scores where answer_id in " + answersOf);
        tables.put("answer_edits", "delete from answer_edits where answer_id in " + answersOf);
        tables.put("answer_signatures", "delete from answer_signatures where answer_id in " + answersOf);
        tables.put("answers", "delete from answers where user_id = ?");
        tables.put("practice_sessions", "delete from practice_sessions where user_id = ?");
        tables.put("streak_freezes", "delete from streak_freezes where user_id = ?");
        tables.put("standings", "delete from standings where user_id = ?");
        tables.put("question_bests", "delete from question_bests where user_id = ?");
        tables.put("reminder_settings", "delete from reminder_settings where user_id = ?");
        tables.put("reminders_sent", "delete from reminders_sent where user_id = ?");
        tables.put("users", "delete from users where id = ?");
        return java.util.Collections.unmodifiableMap(tables);
    }

    /** A stored user row and who it is. */
    record Account(long id, UserRef user) {}

    @Override
    public List<UserRef> accounts(UserSelector who) {
        return Transaction.run(
                dataSource, c -> find(c, who).stream().map(Account::user).toList());
    }

    @Override
    public UserData export(UserRef account) {
        return Transaction.run(dataSource, c -> {
            List<Account> found = find(c, UserSelector.account(account));
            if (found.isEmpty()) {
                throw new IllegalArgumentException(
                        "nothing is stored for " + UserSelector.account(account).describe());
            }
            return new UserDataRows(c, found.get(0).id(), account).read();
        });
    }

    @Override
    public Erasure erase(UserSelector who) {
        return Transaction.run(dataSource, c -> {
            List<Account> accounts = find(c, who);
            Map<String, Integer> deleted = new LinkedHashMap<>();
            for (Map.Entry<String, String> table : USER_TABLES.entrySet()) {
                deleted.put(table.getKey(), 0);
                if (!Schema.hasTable(c, table.getKey())) {
                    continue;
                }
                for (Account account : accounts) {
                    deleted.merge(table.getKey(), Transaction.update(c, table.getValue(), account.id()), Integer::sum);
                }
            }
            return new Erasure(accounts.stream().map(Account::user).toList(), deleted);
        });
    }

    @Override
    public int purgeAnswerTexts(Instant receivedBefore, Instant now) {
        return Transaction.run(dataSource, c -> new AnswerTextPurge(c, receivedBefore).run(now));
    }

    private static List<Account> find(Connection c, UserSelector who) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                select u.id, w.platform, w.external_id as team, u.external_id from users u
                join workspaces w on w.id = u.workspace_id
                where u.external_id = ?""");
        List<Object> args = new ArrayList<>(List.of(who.userId()));
        if (who.platform().isPresent()) {
            sql.append(" and w.platform = ?");
            args.add(who.platform().get().id());
        }
        if (who.team().isPresent()) {
            sql.append(" and w.external_id = ?");
            args.add(who.team().get());
        }
        sql.append(" order by w.platform, w.external_id");
        List<Account> accounts = new ArrayList<>();
        try (PreparedStatement ps = Transaction.prepare(c, sql.toString(), args.toArray());
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                accounts.add(new Account(
                        rs.getLong("id"),
                        new UserRef(
                                Platform.fromId(rs.getString("platform")),
                                rs.getString("team"),
                                rs.getString("external_id"))));
            }
        }
        return accounts;
    }
}
