package dev.mledrill.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mledrill.rubric.ScoreCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One retention run inside the caller's transaction: answers received before the cutoff lose
 * their text, their edit texts, their follow-up replies and the quotes kept as score evidence (offsets into the text need no
 * rewrite: without the text they read as empty quotes). Only answers whose current
 * revision is scored (or that were withdrawn) are purged, so no score is ever lost to retention.
 */
final class AnswerTextPurge {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ELIGIBLE = """
            answers.received_at < ? and (answers.withdrawn_at is not null or exists (
                select 1 from scores s where s.answer_id = answers.id and s.revision = answers.revision))""";

    private final Connection c;
    private final Instant cutoff;

    AnswerTextPurge(Connection c, Instant cutoff) {
        this.c = c;
        this.cutoff = cutoff;
    }

    int run(Instant now) throws SQLException {
        Transaction.update(
                c,
                "update answer_edits set previous_body = null, body = null"
                        + " where (previous_body is not null or body is not null)"
                        + " and answer_id in (select answers.id from answers where " + ELIGIBLE + ")",
                cutoff);
        Transaction.update(
                c,
                "update answer_probes set reply_text = null where reply_text is not null"
                        + " and answer_id in (select answers.id from answers where " + ELIGIBLE + ")",
                cutoff);
        for (Map.Entry<Long, String> score : quotedScores().entrySet()) {
            Transaction.update(c, "update scores set details = ? where id = ?", score.getValue(), score.getKey());
        }
        for (Map.Entry<Long, byte[]> score : literalQuotes().entrySet()) {
            Transaction.update(c, "update scores set packed = ? where id = ?", score.getValue(), score.getKey());
        }
        return Transaction.update(
                c,
                "update answers set body = null, body_deleted_at = ? where body is not null and " + ELIGIBLE,
                now,
                cutoff);
    }

    /** The scores of the answers about to be purged, with every evidence quote emptied. */
    private Map<Long, String> quotedScores() throws SQLException {
        Map<Long, String> rewritten = new LinkedHashMap<>();
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select s.id, s.details from scores s"
                                + " where s.details is not null and s.answer_id in (select answers.id from answers"
                                + " where answers.body is not null and " + ELIGIBLE + ")",
                        cutoff);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rewritten.put(rs.getLong("id"), withoutQuotes(rs.getString("details")));
            }
        }
        return rewritten;
    }

    /**
     * The packed scores of the answers about to be purged that keep a quote literally (one that was
     * not the answer's span at its offsets), rewritten without it; offset-only quotes go with the text.
     */
    private Map<Long, byte[]> literalQuotes() throws SQLException {
        Map<Long, byte[]> rewritten = new LinkedHashMap<>();
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select s.id, s.packed from scores s"
                                + " where s.packed is not null and s.answer_id in (select answers.id from answers"
                                + " where answers.body is not null and " + ELIGIBLE + ")",
                        cutoff);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byte[] packed = rs.getBytes("packed");
                if (ScoreCodec.hasQuoteWithout(packed)) {
                    rewritten.put(rs.getLong("id"), ScoreCodec.withoutQuotes(packed));
                }
            }
        }
        return rewritten;
    }

    static String withoutQuotes(String details) {
        try {
            JsonNode tree = JSON.readTree(details);
            emptyQuotes(tree);
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            // Not JSON we wrote: drop it rather than keep text we cannot clean.
            return null;
        }
    }

    private static void emptyQuotes(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("quote").isTextual()) {
            object.put("quote", "");
        }
        node.forEach(AnswerTextPurge::emptyQuotes);
    }
}
