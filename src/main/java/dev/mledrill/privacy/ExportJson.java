package dev.mledrill.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Writes a {@link DataExport} as JSON with snake_case keys and ISO-8601 times. */
public final class ExportJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ExportJson() {}

    public static String write(DataExport export) {
        try {
            return JSON.writeValueAsString(export);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the export could not be written as JSON", e);
        }
    }

    /** The same JSON on one line, for a chat message. */
    public static String compact(DataExport export) {
        try {
            return JSON.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(export);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the export could not be written as JSON", e);
        }
    }
}
