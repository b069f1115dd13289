package dev.mledrill.store;

import dev.mledrill.rubric.Criterion;
import dev.mledrill.rubric.CriterionScore;
import dev.mledrill.rubric.KeyPointCoverage;
import dev.mledrill.rubric.RedFlagKind;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.ScoreCodec;
import dev.mledrill.rubric.ScoreJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a score row is laid out since V19: each criterion's points and maximum in columns
 * ({@code outcome_points}, {@code outcome_max}, ...; the {@code score_criteria} view lists them as
 * rows), whether it carries the off-topic flag, and the explained score as {@link ScoreCodec}
 * bytes in {@code packed}, its evidence as offsets into the text of the scored revision.
 */
final class ScoreColumns {
    private static final String CRITERIA = Arrays.stream(Criterion.values())
            .map(c -> c.id() + "_points, " + c.id() + "_max")
            .collect(Collectors.joining(", "));
    /** The values after the first {@code fixed} parameters: off_topic, packed, then two per criterion. */
    private static final int VALUES = 2 + 2 * Criterion.values().length;

    /** Insert of a score row: answer_id, revision, rubric_version, total, band, current_score, scored_at, then {@link #values}. */
    static final String INSERT = "insert into scores (answer_id, revision, rubric_version, total, band, current_score,"
            + " scored_at, off_topic, packed, " + CRITERIA + ") values (?, ?, ?, ?, ?, ?, ?" + ", ?".repeat(VALUES)
            + ")";
    /** {@link #INSERT} with with_probe after scored_at (a score of an answer with its follow-up reply). */
    static final String INSERT_WITH_PROBE =
            "insert into scores (answer_id, revision, rubric_version, total, band, current_score,"
                    + " scored_at, with_probe, off_topic, packed, " + CRITERIA + ") values (?, ?, ?, ?, ?, ?, ?, ?"
                    + ", ?".repeat(VALUES) + ")";
    /** The columns {@link #read} needs, for a select of {@code scores s}. */
    static final String SELECT = "s.total, s.band, s.rubric_version, s.details, s.packed, "
            + Arrays.stream(Criterion.values())
                    .map(c -> "s." + c.id() + "_points, s." + c.id() + "_max")
                    .collect(Collectors.joining(", "));

    private ScoreColumns() {}

    /** The row's values from off_topic on, {@code answer} being the scored text (null if unknown: quotes kept whole). */
    static Object[] values(Score score, String answer) {
        Object[] values = new Object[VALUES];
        values[0] = score.redFlags().stream().anyMatch(f -> f.kind() == RedFlagKind.OFF_TOPIC);
        values[1] = ScoreCodec.encode(score, answer);
        for (CriterionScore c : score.criteria()) {
            int at = 2 + 2 * c.criterion().ordinal();
            values[at] = c.points();
            values[at + 1] = c.max();
        }
        return values;
    }

    /** Binds {@link #values} from parameter {@code first} on (JDBC, 1-based). */
    static void bind(PreparedStatement ps, int first, Score score, String answer) throws SQLException {
        Object[] values = values(score, answer);
        for (int i = 0; i < values.length; i++) {
            ps.setObject(first + i, values[i]);
        }
    }

    /**
     * The explained score of a row selected with {@link #SELECT}: from its packed bytes, else the JSON
     * of an older row, else (a row written without either) the totals and criterion points alone.
     */
    static Score read(ResultSet rs, String answer) throws SQLException {
        byte[] packed = rs.getBytes("packed");
        if (packed != null) {
            return ScoreCodec.decode(packed, answer);
        }
        String details = rs.getString("details");
        if (details != null && !details.isBlank() && !details.equals("{}")) {
            return ScoreJson.fromJson(details);
        }
        List<CriterionScore> criteria = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            double points = rs.getDouble(c.id() + "_points");
            if (!rs.wasNull()) {
                criteria.add(new CriterionScore(c, points, rs.getDouble(c.id() + "_max"), List.of(), ""));
            }
        }
        return new Score(
                rs.getDouble("total"),
                rs.getString("band"),
                criteria,
                List.of(),
                KeyPointCoverage.NONE,
                "",
                rs.getString("rubric_version"));
    }

    /**
     * The text of an answer's revision: the answer's body for its current revision, else the text its
     * counted edit to that revision left, else the text before the first edit after it; null if purged.
     */
    static String textOf(Connection c, long answerId, int revision) throws SQLException {
        try (PreparedStatement ps =
                        Transaction.prepare(c, "select revision, body from answers where id = ?", answerId);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            if (rs.getInt(1) == revision) {
                return rs.getString(2);
            }
        }
        try (PreparedStatement ps = Transaction.prepare(c, """
                select revision, body, previous_body from answer_edits
                where answer_id = ? and counted = true and revision in (?, ?) order by revision""", answerId, revision, revision + 1);
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return rs.getInt(1) == revision ? rs.getString(2) : rs.getString(3);
            }
        }
        return null;
    }
}
