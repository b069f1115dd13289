package dev.mledrill.rubric;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary for judging what a text is about (topics.txt): generic words that any answer
 * uses, and synonyms that stand for each other. Every word is held as its stem; a synonym
 * group is represented by its first member's stem.
 */
final class Topics {
    private static final Topics INSTANCE = load();
    /** Concepts every answer of this drill talks about: they say little about which question it answers. */
    private static final long RUBRIC_CONCEPTS = Concept.USER.bit
            | Concept.USER_VERB.bit
            | Concept.EXPERIENCE.bit
            | Concept.LATENCY.bit
            | Concept.ENERGY.bit
            | Concept.MEMORY.bit
            | Concept.QUALITY.bit
            | Concept.BASELINE.bit
            | Concept.DEVICE.bit
            | Concept.DEVICE_TIER.bit
            | Concept.ACCELERATOR.bit
            | Concept.QUANTIZATION.bit
            | Concept.TARGET.bit
            | Concept.TOLERANCE.bit
            | Concept.CHOICE.bit
            | Concept.COMPARE.bit
            | Concept.REASON.bit
            | Concept.COST.bit
            | Concept.RISK.bit
            | Concept.HEDGE.bit
            | Concept.RUBRIC_WORD.bit
            | Concept.CHANGE_VERB.bit
            | Concept.COMPARATIVE.bit
            | Concept.CHECK.bit
            | Concept.VERB.bit
            | Concept.LOCAL.bit
            | Concept.PRIVACY.bit
            | Concept.NEGATION.bit
            | Concept.CONDITION.bit;

    /** A multi-word synonym: its stems and the stem of its group. */
    record Phrase(String[] stems, String canonical) {}

    private static final int CACHE_LIMIT = 100_000;
    private final java.util.concurrent.ConcurrentHashMap<String, String> agents =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> generic;
    private final Map<String, String> canonical;
    private final Map<String, List<Phrase>> phrasesByFirst;

    private Topics(Set<String> generic, Map<String, String> canonical, Map<String, List<Phrase>> phrasesByFirst) {
        this.generic = generic;
        this.canonical = canonical;
        this.phrasesByFirst = phrasesByFirst;
    }

    static Topics get() {
        return INSTANCE;
    }

    /** The stem that stands for this one's synonym group (itself when it has none). */
    String canonical(String stem) {
        String c = canonical.get(stem);
        if (c != null) {
            return c;
        }
        // "killer" and "kill", "launcher" and "launch": Porter leaves the agent noun apart
        boolean agent = (stem.length() >= 6 && stem.endsWith("er")) || (stem.length() >= 7 && stem.endsWith("or"));
        if (!agent) {
            return stem;
        }
        String root = agents.get(stem);
        if (root == null) {
            root = stem.substring(0, stem.length() - 2);
            if (agents.size() < CACHE_LIMIT) {
                agents.putIfAbsent(stem, root);
            }
        }
        return root;
    }

    boolean isSynonym(String stem) {
        return canonical.containsKey(stem);
    }

    /** Multi-word synonyms that start with this stem, or null. */
    List<Phrase> phrasesFrom(String stem) {
        return phrasesByFirst.get(stem);
    }

    /**
     * How much a word tells about a text's topic: 0 for small and generic words, 0.25 for the
     * rubric's own vocabulary (every answer speaks of latency and users), 1 for the rest.
     */
    double weight(String stem, long tags) {
        return weight(topical(stem), tags);
    }

    /** {@link #weight(String, long)} of a stem whose {@link #topical} verdict is known. */
    static double weight(boolean topical, long tags) {
        if (!topical || Concept.FUNCTION.in(tags)) {
            return 0;
        }
        return (tags & RUBRIC_CONCEPTS) != 0 ? 0.25 : 1;
    }

    /** Whether the stem can tell a topic at all: not a letter or two, not generic, not a number or symbol. */
    boolean topical(String stem) {
        return stem.length() >= 2 && !generic.contains(stem) && Character.isLetter(stem.charAt(0));
    }

    private static Topics load() {
        Set<String> generic = new HashSet<>();
        Map<String, String> canonical = new HashMap<>();
        Map<String, List<Phrase>> phrases = new HashMap<>();
        try (InputStream in = Topics.class.getResourceAsStream("topics.txt")) {
            if (in == null) {
                throw new IllegalStateException("topics.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = null;
            StringBuilder body = new StringBuilder();
            for (String line = reader.readLine(); ; line = reader.readLine()) {
                boolean continued = line != null && line.startsWith("  ");
                if (continued) {
                    body.append(',').append(line);
                    continue;
                }
                if (section != null) {
                    add(section, body.toString(), generic, canonical, phrases);
                    section = null;
                }
                if (line == null) {
                    break;
                }
                int colon = line.indexOf(':');
                if (!line.isBlank() && !line.startsWith("#") && colon > 0) {
                    section = line.substring(0, colon).trim();
                    body.setLength(0);
                    body.append(line.substring(colon + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading topics.txt", e);
        }
        return new Topics(Set.copyOf(generic), Map.copyOf(canonical), Map.copyOf(phrases));
    }

    private static void add(
            String section,
            String body,
            Set<String> generic,
            Map<String, String> canonical,
            Map<String, List<Phrase>> phrases) {
        String group = null;
        for (String term : body.split(",")) {
            List<Token> tokens = Tokenizer.tokenize(term.trim());
            if (tokens.isEmpty()) {
                continue;
            }
            String[] stems = tokens.stream().map(Lexicon::stemOf).toArray(String[]::new);
            switch (section) {
                case "generic" -> generic.add(stems[0]);
                case "synonyms" -> {
                    String key = String.join(" ", stems);
                    group = group == null ? key : group;
                    if (stems.length == 1) {
                        canonical.putIfAbsent(stems[0], group);
                    } else {
                        phrases.computeIfAbsent(stems[0], k -> new ArrayList<>())
                                .add(new Phrase(stems, group));
                    }
                }
                default -> throw new IllegalStateException("topics.txt: unknown section '" + section + "'");
            }
        }
    }
}
