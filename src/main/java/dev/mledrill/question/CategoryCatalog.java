package dev.mledrill.question;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The categories a question may name: the six built in, plus any a bank declares in its
 * optional {@code categories.yaml} (a list of {@code id} and {@code description}).
 */
final class CategoryCatalog {

    static final String FILE_NAME = "categories.yaml";
    static final Map<String, String> BUILT_IN = builtIn();
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("id", "description"));
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private final Map<String, String> descriptions;

    private CategoryCatalog(Map<String, String> descriptions) {
        this.descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(descriptions));
    }

    static CategoryCatalog builtInOnly() {
        return new CategoryCatalog(BUILT_IN);
    }

    /** The built-in categories plus those of {@code dir/categories.yaml}, if that file exists. */
    static CategoryCatalog read(Path dir, LoadErrors errors) {
        Path file = dir.resolve(FILE_NAME);
        Map<String, String> all = new LinkedHashMap<>(BUILT_IN);
        if (!Files.isRegularFile(file)) {
            return new CategoryCatalog(all);
        }
        Optional<YamlNode> root = BankFileParser.parse(file, errors);
        if (root.isEmpty()) {
            return new CategoryCatalog(all);
        }
        if (!(root.get() instanceof YamlNode.Sequence list)) {
            errors.add(
                    file,
                    root.get().line(),
                    "expected a list of categories (- id: ..., description: ...), found "
                            + root.get().kind());
            return new CategoryCatalog(all);
        }
        for (int i = 0; i < list.items().size(); i++) {
            declare(file, list.items().get(i), i + 1, all, errors);
        }
        return new CategoryCatalog(all);
    }

    boolean contains(String id) {
        return descriptions.containsKey(id);
    }

    List<String> ids() {
        return new ArrayList<>(descriptions.keySet());
    }

    private static void declare(Path file, YamlNode node, int position, Map<String, String> all, LoadErrors errors) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            errors.add(
                    file,
                    node.line(),
                    "category #" + position + " must be a mapping with id and description, found " + node.kind());
            return;
        }
        MappingFields fields = new MappingFields(file, mapping, errors, "category #" + position);
        Optional<String> id = fields.text("id", 1, 100);
        id.ifPresent(value -> fields.subject("category '" + value + "'"));
        fields.rejectUnknownAndRepeatedKeys(KEYS);
        Optional<String> description = fields.text("description", 10, 200);
        if (id.isEmpty() || description.isEmpty()) {
            return;
        }
        if (!ID.matcher(id.get()).matches()) {
            fields.error(
                    fields.lineOf("id"),
                    fields.subject() + " is not a valid category id: use 2 to 32 of a-z,"
                            + " 0-9 and '-', starting with a letter");
        } else if (all.containsKey(id.get())) {
            String already = BUILT_IN.containsKey(id.get()) ? "built in" : "declared earlier in this file";
            fields.error(fields.lineOf("id"), fields.subject() + " is already " + already);
        } else {
            all.put(id.get(), description.get());
        }
    }

    private static Map<String, String> builtIn() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("vision", "camera, image and video models: preview, segmentation, detection, scanning");
        map.put("nlp", "text and speech models: keyboard, translation, ASR, smart reply, assistants");
        map.put("tradeoffs", "choosing between techniques, precisions and hardware for a product scenario");
        map.put("privacy", "keeping user data on the device, and what on-device does and does not promise");
        map.put("deployment", "shipping models: delegates, fallbacks, staged rollout, device fragmentation");
        map.put("measurement", "benchmarking latency, energy, memory and quality so the numbers can be trusted");
        return Collections.unmodifiableMap(map);
    }
}
