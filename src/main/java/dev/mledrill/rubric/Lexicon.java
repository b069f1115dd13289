package dev.mledrill.rubric;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rubric's vocabulary (lexicon.txt): stems and phrases mapped to {@link Concept} bits.
 * Tags are looked up by stem, so inflections match; phrases are matched token by token.
 */
final class Lexicon {
    private static final long GRAMMAR = Concept.FUNCTION.bit | Concept.VERB.bit | Concept.NEGATION.bit;
    /** "'s" that is "is" or "has", not a possessive. */
    private static final java.util.Set<String> CONTRACTED =
            java.util.Set.of("that's", "what's", "there's", "here's", "where's", "who's");

    private static final Lexicon INSTANCE = load();

    /**
     * A word as the lexicon sees it: its stem, its tags, and the phrases that start with it (or
     * null); and as {@link Topics} sees it: the stem of its synonym group, the multi-word synonyms
     * that start with it (or null), and whether it can tell a topic at all.
     */
    record Word(
            String stem,
            long tags,
            List<Phrase> phrases,
            String canonical,
            List<Topics.Phrase> topicPhrases,
            boolean topical) {
        static Word of(String stem, long tags, List<Phrase> phrases) {
            Topics topics = Topics.get();
            return new Word(
                    stem, tags, phrases, topics.canonical(stem), topics.phrasesFrom(stem), topics.topical(stem));
        }
    }

    /** A multi-word entry: its stems in order and the concepts it stands for. */
    record Phrase(String[] stems, long tags) {}

    private static final int CACHE_LIMIT = 200_000;

    private final Map<String, Long> words;
    private final Map<String, List<Phrase>> phrasesByFirst;
    /** Lower-case spelling to Word: one lookup per token once a spelling has been seen. */
    private final java.util.concurrent.ConcurrentHashMap<String, Word> seen =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Lexicon(Map<String, Long> words, Map<String, List<Phrase>> phrasesByFirst) {
        this.words = words;
        this.phrasesByFirst = phrasesByFirst;
    }

    static Lexicon get() {
        return INSTANCE;
    }

    /** The stem used for lexicon lookups: Porter for plain words, "people's" as "people", "recall@10" as "recall@k". */
    static String stemOf(Token token) {
        if (!token.isWord()) {
            return token.lower();
        }
        String lower = token.lower();
        if (lower.endsWith("'s") && lower.length() >= 6 && !CONTRACTED.contains(lower)) {
            lower = lower.substring(0, lower.length() - 2);
        } else if (lower.endsWith("s'") && lower.length() > 3) {
            lower = lower.substring(0, lower.length() - 1);
        }
        int at = lower.indexOf('@');
        if (at > 0) {
            return lower.substring(0, at + 1) + "k";
        }
        return Stemmer.stem(lower);
    }

    long tagsOf(String stem) {
        Long tags = words.get(stem);
        return tags == null ? 0L : tags;
    }

    /** The stem, tags and phrase starts of a token; numbers are not cached (they do not repeat). */
    Word word(Token token) {
        if (token.isNumber()) {
            return new Word(token.lower(), 0L, null, token.lower(), null, false);
        }
        Word w = seen.get(token.lower());
        if (w == null) {
            String stem = stemOf(token);
            w = Word.of(stem, tagsOf(stem), phrasesByFirst.get(stem));
            if (seen.size() < CACHE_LIMIT) {
                seen.putIfAbsent(token.lower(), w);
            }
        }
        return w;
    }

    /**
     * Tags phrase matches. A phrase's meaning replaces its words' own ("false rejects" is a
     * metric, not a rejection); only the grammatical tags of the words are kept.
     */
    void tagPhrases(String[] stems, List<Phrase>[] starts, int from, int to, long[] tags) {
        long[] phrase = null;
        for (int i = from; i < to; i++) {
            List<Phrase> candidates = starts[i];
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                if (matches(stems, i, to, p.stems())) {
                    phrase = phrase == null ? new long[to - from] : phrase;
                    for (int k = i; k < i + p.stems().length; k++) {
                        phrase[k - from] |= p.tags();
                    }
                }
            }
        }
        if (phrase == null) {
            return;
        }
        for (int i = from; i < to; i++) {
            if (phrase[i - from] != 0) {
                tags[i] = phrase[i - from] | (tags[i] & GRAMMAR);
            }
        }
    }

    private static boolean matches(String[] stems, int at, int to, String[] phrase) {
        if (at + phrase.length > to) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!stems[at + k].equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    private static Lexicon load() {
        Map<String, Long> words = new HashMap<>();
        Map<String, List<String[]>> phrases = new HashMap<>();
        Map<String, Long> phraseTags = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.txt")) {
            if (in == null) {
                throw new IllegalStateException("lexicon.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                long bit = Concept.valueOf(line.substring(0, colon).trim().toUpperCase(Locale.ROOT)).bit;
                for (String term : line.substring(colon + 1).split(",")) {
                    add(term.trim(), bit, words, phrases, phraseTags);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading lexicon.txt", e);
        }
        Map<String, List<Phrase>> byFirst = new HashMap<>();
        phrases.forEach((first, list) -> byFirst.put(
                first,
                list.stream()
                        .map(stems -> new Phrase(stems, phraseTags.get(String.join(" ", stems))))
                        .toList()));
        return new Lexicon(Map.copyOf(words), Map.copyOf(byFirst));
    }

    private static void add(
            String term,
            long bit,
            Map<String, Long> words,
            Map<String, List<String[]>> phrases,
            Map<String, Long> phraseTags) {
        List<Token> tokens = Tokenizer.tokenize(term);
        if (tokens.isEmpty()) {
            return;
        }
        if (tokens.size() == 1) {
            words.merge(stemOf(tokens.get(0)), bit, (a, b) -> a | b);
            return;
        }
        String[] stems = tokens.stream().map(Lexicon::stemOf).toArray(String[]::new);
        String key = String.join(" ", stems);
        if (!phraseTags.containsKey(key)) {
            phrases.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(stems);
        }
        phraseTags.merge(key, bit, (a, b) -> a | b);
    }
}
