package dev.mledrill.rubric;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A score as the JSON object of the CLI and of older store rows:
 * {@code {"total","band","criteria":[{"id","points","max","evidence":[{"quote","start","end"}],"tip"}],
 * "red_flags":[{"id","explanation","deduction","evidence"}],"key_points":{"covered","missed","evidence","deduction"},
 * "rubric_version"}}. The records below are that layout, field for field in this order, their
 * names turned to snake_case by the mapper, which reads it. It is written field by field on a
 * generator in the same order and spelling (a field added to the records is added there too): the
 * databind writer's introspection and reflective accessors weigh on a fresh JVM ({@code score
 * --batch}). Key-point evidence runs parallel to "covered" (older scores have none, nor a
 * key-point deduction); a field missing when read is empty, zero or "".
 */
public final class ScoreJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final JsonFactory FACTORY = MAPPER.getFactory();
    private static final ObjectReader READER = MAPPER.readerFor(Doc.class);

    private ScoreJson() {}

    /** The score's JSON text. */
    public static String toJson(Score score) {
        StringWriter text = new StringWriter(2048);
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.writeStartObject();
            writeFields(score, g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("score could not be written as JSON", e);
        }
        return text.toString();
    }

    /** The fields of {@link #toJson}'s object, so a caller can put its own fields first (the batch's id). */
    public static void writeFields(Score s, JsonGenerator g) throws IOException {
        g.writeNumberField("total", s.total());
        g.writeStringField("band", s.band());
        g.writeArrayFieldStart("criteria");
        for (CriterionScore c : s.criteria()) {
            g.writeStartObject();
            g.writeStringField("id", c.criterion().id());
            g.writeNumberField("points", c.points());
            g.writeNumberField("max", c.max());
            writeEvidence(c.evidence(), g);
            g.writeStringField("tip", c.tip());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("red_flags");
        for (RedFlag f : s.redFlags()) {
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("explanation", f.explanation());
            g.writeNumberField("deduction", f.deduction());
            writeEvidence(f.evidence(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        KeyPointCoverage k = s.keyPoints();
        g.writeObjectFieldStart("key_points");
        writeStrings("covered", k.covered(), g);
        writeStrings("missed", k.missed(), g);
        writeEvidence(k.quotes(), g);
        g.writeNumberField("deduction", k.deduction());
        g.writeEndObject();
        g.writeStringField("rubric_version", s.rubricVersion());
    }

    private static void writeEvidence(List<Evidence> evidence, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("evidence");
        for (Evidence e : evidence) {
            g.writeStartObject();
            g.writeStringField("quote", e.quote());
            g.writeNumberField("start", e.start());
            g.writeNumberField("end", e.end());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeStrings(String name, List<String> values, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
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

        static List<Evidence> evidence(List<EvidenceDoc> docs) {
            List<Evidence> out = new ArrayList<>(docs.size());
            for (EvidenceDoc e : docs) {
                out.add(new Evidence(e.quote, e.start, e.end));
            }
            return out;
        }
    }
}
