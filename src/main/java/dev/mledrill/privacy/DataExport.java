package dev.mledrill.privacy;

import java.time.Instant;
import java.util.List;

/** A person's data export: who asked for what, when, and every matching account's data. */
public record DataExport(String request, Instant exportedAt, List<UserData> accounts) {
    public DataExport {
        accounts = List.copyOf(accounts);
    }

    public int answerCount() {
        return accounts.stream().mapToInt(a -> a.answers().size()).sum();
    }

    public int scoreCount() {
        return accounts.stream()
                .flatMap(a -> a.answers().stream())
                .mapToInt(a -> a.scores().size())
                .sum();
    }
}
