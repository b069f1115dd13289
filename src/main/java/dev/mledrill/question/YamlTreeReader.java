package dev.mledrill.question;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one YAML document into a {@link YamlNode} tree, keeping the line of every value. */
final class YamlTreeReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTreeReader() {}

    /**
     * Returns the document's root, or empty for a document with no content.
     *
     * @throws JsonParseException on a YAML syntax error (its location names the line)
     * @throws IOException if the text holds more than one document
     */
    static Optional<YamlNode> read(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            YamlNode root = node(parser);
            if (parser.nextToken() != null) {
                throw new JsonParseException(
                        parser, "more than one YAML document ('---'); put all questions in one list");
            }
            return Optional.of(root);
        }
    }

    private static YamlNode node(JsonParser parser) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new JsonParseException(parser, "the file ends in the middle of a value");
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson would hand the alias over as a plain string: the text would change silently.
            throw new JsonParseException(
                    parser, "YAML aliases (*" + parser.getText() + ") are not supported; write the value out in full");
        }
        return switch (token) {
            case START_ARRAY -> sequence(parser, line);
            case START_OBJECT -> mapping(parser, line);
            case VALUE_STRING -> new YamlNode.Scalar(line, YamlNode.ScalarType.STRING, parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                new YamlNode.Scalar(line, YamlNode.ScalarType.NUMBER, parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(line, YamlNode.ScalarType.BOOLEAN, parser.getText());
            case VALUE_NULL -> new YamlNode.Scalar(line, YamlNode.ScalarType.NULL, "");
            default -> throw new JsonParseException(parser, "unexpected YAML token " + token);
        };
    }

    private static YamlNode sequence(JsonParser parser, int line) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(parser));
        }
        return new YamlNode.Sequence(line, items);
    }

    private static YamlNode mapping(JsonParser parser, int line) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = parser.currentTokenLocation().getLineNr();
            parser.nextToken();
            entries.add(new YamlNode.Entry(key, keyLine, node(parser)));
        }
        return new YamlNode.Mapping(line, entries);
    }
}
