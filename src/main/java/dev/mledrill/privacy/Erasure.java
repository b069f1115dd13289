package dev.mledrill.privacy;

import dev.mledrill.chat.UserRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a forget request deleted: the accounts and the number of rows per table. */
public record Erasure(List<UserRef> accounts, Map<String, Integer> deletedRows) {
    public Erasure {
        accounts = List.copyOf(accounts);
        deletedRows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deletedRows));
    }

    public boolean nothingFound() {
        return accounts.isEmpty();
    }

    public int rows(String table) {
        return deletedRows.getOrDefault(table, 0);
    }

    /** e.g. "answers 3, answer edits 1, scores 3, ..." (tables with rows only). */
    public String summary() {
        StringBuilder text = new StringBuilder();
        deletedRows.forEach((table, count) -> {
            if (count > 0) {
                text.append(text.length() == 0 ? "" : ", ")
                        .append(table.replace('_', ' '))
                        .append(' ')
                        .append(count);
            }
        });
        return text.length() == 0 ? "no rows" : text.toString();
    }
}
