package dev.mledrill.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A score as the JSON object of the CLI and of older store rows, one databind mapping both ways:
 * {@code {"total","band","criteria":[{"id","points","max","evidence":[{"quote","start","end"}],"tip"}],
 * "red_flags":[{"id","explanation","deduction","evidence"}],"key_points":{"covered","missed","evidence","deduction"},
 * "rubric_version"}}. The records below are that layout, field for field in this order, their
 * names turned to snake_case by the mapper. Key-point evidence runs parallel to "covered" (older
 * scores have none, nor a key-point deduction); a field missing when read is empty, zero or "".
 */
public final class ScoreJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** Built once: rescoring and {@code score --batch} write one text per answer. */
    private static final ObjectWriter WRITER = MAPPER.writerFor(Doc.class);

    private static final ObjectReader READER = MAPPER.readerFor(Doc.class);

    private ScoreJson() {}

    /** The score's JSON text. */
    public static String toJson(Score score) {
        try {
            return WRITER.writeValueAsString(Doc.of(score));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("score could not be written as JSON", e);
        }
    }

    /** Reads a score written by {@link #toJson}; the overall tip is the tip of the criterion furthest from full marks. */
    public static Score fromJson(String json) {
        Doc doc;
        try {
            doc = READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a score JSON object: " + e.getOriginalMessage(), e);
        }
        if (doc == null) {
            throw new IllegalArgumentException("not a score JSON object: " + json);
        }
        return doc.score();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    record Doc(
            double total,
            String band,
            List<CriterionDoc> criteria,
            List<FlagDoc> redFlags,
            KeyPointsDoc keyPoints,
            String rubricVersion) {
        Doc {
            band = orEmpty(band);
            criteria = orEmpty(criteria);
            redFlags = orEmpty(redFlags);
            keyPoints = keyPoints == null ? new KeyPointsDoc(null, null, null, 0) : keyPoints;
            rubricVersion = orEmpty(rubricVersion);
        }

        static Doc of(Score s) {
            List<CriterionDoc> criteria = new ArrayList<>(s.criteria().size());
            for (CriterionScore c : s.criteria()) {
                criteria.add(new CriterionDoc(
                        c.criterion().id(), c.points(), c.max(), EvidenceDoc.of(c.evidence()), c.tip()));
            }
            List<FlagDoc> flags = new ArrayList<>(s.redFlags().size());
            for (RedFlag f : s.redFlags()) {
                flags.add(new FlagDoc(f.id(), f.explanation(), f.deduction(), EvidenceDoc.of(f.evidence())));
            }
            KeyPointCoverage k = s.keyPoints();
            return new Doc(
                    s.total(),
                    s.band(),
                    criteria,
                    flags,
                    new KeyPointsDoc(k.covered(), k.missed(), EvidenceDoc.of(k.quotes()), k.deduction()),
                    s.rubricVersion());
        }

        Score score() {
            List<CriterionScore> scores = new ArrayList<>(criteria.size());
            String tip = "";
            double gap = 0;
            for (CriterionDoc n : criteria) {
                CriterionScore cs = n.score();
                scores.add(cs);
                if (!cs.tip().isEmpty() && cs.max() - cs.points() > gap) {
                    gap = cs.max() - cs.points();
                    tip = cs.criterion().title() + ": " + cs.tip();
                }
            }
            List<RedFlag> flags = redFlags.stream().map(FlagDoc::flag).toList();
            return new Score(total, band, scores, flags, keyPoints.coverage(), tip, rubricVersion);
        }
    }

    record CriterionDoc(String id, double points, double max, List<EvidenceDoc> evidence, String tip) {
        CriterionDoc {
            id = orEmpty(id);
            evidence = orEmpty(evidence);
            tip = orEmpty(tip);
        }

        CriterionScore score() {
            Criterion c = Criterion.fromId(id)
                    .orElseThrow(() -> new IllegalArgumentException("unknown criterion \"" + id + "\""));
            return new CriterionScore(c, points, max, EvidenceDoc.evidence(evidence), tip);
        }
    }

    record FlagDoc(String id, String explanation, double deduction, List<EvidenceDoc> evidence) {
        FlagDoc {
            id = orEmpty(id);
            explanation = orEmpty(explanation);
            evidence = orEmpty(evidence);
        }

        RedFlag flag() {
            RedFlagKind kind = RedFlagKind.fromId(id)
                    .orElseThrow(() -> new IllegalArgumentException("unknown red flag \"" + id + "\""));
            return new RedFlag(kind, explanation, deduction, EvidenceDoc.evidence(evidence));
        }
    }

    record KeyPointsDoc(List<String> covered, List<String> missed, List<EvidenceDoc> evidence, double deduction) {
        KeyPointsDoc {
            covered = orEmpty(covered);
            missed = orEmpty(missed);
            evidence = orEmpty(evidence);
        }

        KeyPointCoverage coverage() {
            return new KeyPointCoverage(covered, missed, EvidenceDoc.evidence(evidence), deduction);
        }
    }

    record EvidenceDoc(String quote, int start, int end) {
        EvidenceDoc {
            quote = orEmpty(quote);
        }

        static List<EvidenceDoc> of(List<Evidence> evidence) {
            List<EvidenceDoc> out = new ArrayList<>(evidence.size());
            for (Evidence e : evidence) {
                out.add(new EvidenceDoc(e.quote(), e.start(), e.end()));
            }
            return out;
        }

        static List<Evidence> evidence(List<EvidenceDoc> docs) {
            List<Evidence> out = new ArrayList<>(docs.size());
            for (EvidenceDoc e : docs) {
                out.add(new Evidence(e.quote, e.start, e.end));
            }
            return out;
        }
    }
}
