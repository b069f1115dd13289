package dev.mledrill.rubric;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A score as the JSON object of the CLI and the store:
 * {@code {"total","band","criteria":[{"id","points","max","evidence":[{"quote","start","end"}],"tip"}],
 * "red_flags":[{"id","explanation","deduction","evidence"}],"key_points":{"covered","missed","evidence","deduction"},
 * "rubric_version"}}; key-point evidence runs parallel to "covered" (older scores have none).
 */
public final class ScoreJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScoreJson() {
    }

    public static ObjectNode toNode(Score score) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("total", score.total());
        root.put("band", score.band());
        ArrayNode criteria = root.putArray("criteria");
        for (CriterionScore c : score.criteria()) {
            ObjectNode n = criteria.addObject();
            n.put("id", c.criterion().id());
            n.put("points", c.points());
            n.put("max", c.max());
            evidence(n.putArray("evidence"), c.evidence());
            n.put("tip", c.tip());
        }
        ArrayNode flags = root.putArray("red_flags");
        for (RedFlag f : score.redFlags()) {
            ObjectNode n = flags.addObject();
            n.put("id", f.id());
            n.put("explanation", f.explanation());
            n.put("deduction", f.deduction());
            evidence(n.putArray("evidence"), f.evidence());
        }
        ObjectNode keyPoints = root.putObject("key_points");
        score.keyPoints().covered().forEach(keyPoints.putArray("covered")::add);
        score.keyPoints().missed().forEach(keyPoints.putArray("missed")::add);
        evidence(keyPoints.putArray("evidence"), score.keyPoints().quotes());
        keyPoints.put("deduction", score.keyPoints().deduction());
        root.put("rubric_version", score.rubricVersion());
        return root;
    }

    /** The JSON text, written by a streaming generator (rescoring writes it for every stored answer). */
    public static String toJson(Score score) {
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("total", score.total());
            g.writeStringField("band", score.band());
            g.writeArrayFieldStart("criteria");
            for (CriterionScore c : score.criteria()) {
                g.writeStartObject();
                g.writeStringField("id", c.criterion().id());
                g.writeNumberField("points", c.points());
                g.writeNumberField("max", c.max());
                write(g, c.evidence());
                g.writeStringField("tip", c.tip());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("red_flags");
            for (RedFlag f : score.redFlags()) {
                g.writeStartObject();
                g.writeStringField("id", f.id());
                g.writeStringField("explanation", f.explanation());
                g.writeNumberField("deduction", f.deduction());
                write(g, f.evidence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("key_points");
            strings(g, "covered", score.keyPoints().covered());
            strings(g, "missed", score.keyPoints().missed());
            write(g, score.keyPoints().quotes());
            g.writeNumberField("deduction", score.keyPoints().deduction());
            g.writeEndObject();
            g.writeStringField("rubric_version", score.rubricVersion());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("score could not be written as JSON", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, List<Evidence> evidence) throws IOException {
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

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Reads a score written by {@link #toJson}; the overall tip is the tip of the criterion furthest from full marks. */
    public static Score fromJson(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a score JSON object: " + e.getOriginalMessage(), e);
        }
        List<CriterionScore> criteria = new ArrayList<>();
        String tip = "";
        double gap = 0;
        for (JsonNode n : root.path("criteria")) {
            Criterion c = Criterion.fromId(n.path("id").asText())
                    .orElseThrow(() -> new IllegalArgumentException("unknown criterion " + n.path("id")));
            CriterionScore cs = new CriterionScore(c, n.path("points").asDouble(), n.path("max").asDouble(),
                    evidence(n.path("evidence")), n.path("tip").asText(""));
            criteria.add(cs);
            if (!cs.tip().isEmpty() && cs.max() - cs.points() > gap) {
                gap = cs.max() - cs.points();
                tip = c.title() + ": " + cs.tip();
            }
        }
        List<RedFlag> flags = new ArrayList<>();
        for (JsonNode n : root.path("red_flags")) {
            flags.add(new RedFlag(n.path("id").asText(), n.path("explanation").asText(), n.path("deduction").asDouble(),
                    evidence(n.path("evidence"))));
        }
        JsonNode k = root.path("key_points");
        KeyPointCoverage keyPoints = new KeyPointCoverage(strings(k.path("covered")), strings(k.path("missed")),
                evidence(k.path("evidence")), k.path("deduction").asDouble(0));
        return new Score(root.path("total").asDouble(), root.path("band").asText(), criteria, flags, keyPoints, tip,
                root.path("rubric_version").asText());
    }

    private static void evidence(ArrayNode out, List<Evidence> evidence) {
        for (Evidence e : evidence) {
            out.addObject().put("quote", e.quote()).put("start", e.start()).put("end", e.end());
        }
    }

    private static List<Evidence> evidence(JsonNode array) {
        List<Evidence> out = new ArrayList<>();
        for (JsonNode e : array) {
            out.add(new Evidence(e.path("quote").asText(), e.path("start").asInt(), e.path("end").asInt()));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
