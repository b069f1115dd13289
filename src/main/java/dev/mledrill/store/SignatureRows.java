package dev.mledrill.store;

import dev.mledrill.drill.AnswerText;
import dev.mledrill.drill.copies.CopyJudge;
import dev.mledrill.drill.copies.Signature;
import dev.mledrill.drill.copies.Signer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads answers with the signatures of their revisions ({@code answer_signatures}) inside the
 * caller's transaction. An answer whose current revision has no signature yet (stored before
 * V11, or not checked yet) is signed from its text here, and the signature kept.
 */
final class SignatureRows {
    private static final String SELECT = "select a.id, a.revision, coalesce(a.edited_at, a.received_at) as text_at,"
            + " s.revision as sig_revision, s.written_at, s.shingles, s.signature, a.user_id from answers a"
            + " left join answer_signatures s on s.answer_id = a.id and s.method = ? where ";

    private final Connection c;
    private final Signer signer;

    SignatureRows(Connection c, Signer signer) {
        this.c = c;
        this.signer = signer;
    }

    /** An answer's signatures with its author. */
    record Authored(long userId, CopyJudge.Text text) {}

    /** Answers matching {@code where} (over alias {@code a}) with every revision's signature, oldest first. */
    List<CopyJudge.Text> texts(String where, Object... args) throws SQLException {
        return authored(where, args).stream().map(Authored::text).toList();
    }

    /** As {@link #texts}, with each answer's author. */
    List<Authored> authored(String where, Object... args) throws SQLException {
        Object[] all = new Object[args.length + 1];
        all[0] = Signer.METHOD;
        System.arraycopy(args, 0, all, 1, args.length);
        Map<Long, List<CopyJudge.Revision>> revisions = new LinkedHashMap<>();
        Map<Long, Integer> current = new LinkedHashMap<>();
        Map<Long, Instant> textAt = new LinkedHashMap<>();
        Map<Long, Boolean> signed = new LinkedHashMap<>();
        Map<Long, Long> authors = new LinkedHashMap<>();
        try (PreparedStatement ps = Transaction.prepare(c, SELECT + where + " order by a.id, s.revision", all);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                current.put(id, rs.getInt(2));
                authors.put(id, rs.getLong("user_id"));
                textAt.put(id, Transaction.instant(rs, "text_at"));
                List<CopyJudge.Revision> list = revisions.computeIfAbsent(id, k -> new ArrayList<>());
                signed.putIfAbsent(id, false);
                byte[] bytes = rs.getBytes("signature");
                if (bytes != null) {
                    list.add(new CopyJudge.Revision(
                            Transaction.instant(rs, "written_at"), new Signature(bytes, rs.getInt("shingles"))));
                    if (rs.getInt("sig_revision") == rs.getInt(2)) {
                        signed.put(id, true);
                    }
                }
            }
        }
        List<Long> unsigned = signed.entrySet().stream()
                .filter(e -> !e.getValue())
                .map(Map.Entry::getKey)
                .toList();
        for (Map.Entry<Long, String> body : bodies(unsigned).entrySet()) {
            long id = body.getKey();
            Signature signature = signer.sign(AnswerText.forScoring(body.getValue()));
            keep(id, current.get(id), textAt.get(id), signature);
            revisions.get(id).add(new CopyJudge.Revision(textAt.get(id), signature));
        }
        List<Authored> texts = new ArrayList<>(revisions.size());
        revisions.forEach((id, list) -> texts.add(new Authored(authors.get(id), new CopyJudge.Text(id, list))));
        return texts;
    }

    /** Keeps the signature of one revision (no-op if it is already kept). */
    void keep(long answerId, int revision, Instant writtenAt, Signature signature) throws SQLException {
        Transaction.insertIfAbsent(
                c,
                "insert into answer_signatures (answer_id, revision, method, written_at, shingles, signature)"
                        + " values (?, ?, ?, ?, ?, ?)",
                answerId,
                revision,
                Signer.METHOD,
                OffsetDateTime.ofInstant(writtenAt, ZoneOffset.UTC),
                signature.shingles(),
                signature.bytes());
    }

    private Map<Long, String> bodies(List<Long> ids) throws SQLException {
        Map<Long, String> bodies = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select id, body from answers where body is not null and id in ("
                                    + String.join(", ", Collections.nCopies(slice.size(), "?")) + ")",
                            slice.toArray());
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bodies.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return bodies;
    }
}
