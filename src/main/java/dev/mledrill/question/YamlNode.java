package dev.mledrill.question;

import java.util.List;
import java.util.Objects;

/**
 * A YAML value with the line it starts on, so that every validation error can name its line.
 * Jackson's own tree drops token locations; this small tree keeps them.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    int line();

    /** What a value is, in the words an error message uses. */
    String kind();

    enum ScalarType {
        STRING,
        NUMBER,
        BOOLEAN,
        NULL
    }

    record Scalar(int line, ScalarType type, String text) implements YamlNode {
        public Scalar {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String kind() {
            return switch (type) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "nothing";
            };
        }
    }

    record Sequence(int line, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    record Mapping(int line, List<Entry> entries) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** One {@code key: value} pair; {@code line} is where the key is written. */
    record Entry(String key, int line, YamlNode value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }
}
