package dev.mledrill.rubric;

import java.util.List;

/**
 * Where each word of an analysed text occurs, sentence by sentence, after synonyms are merged:
 * what key points and relevance are judged on. Sentences are bits of a long (the 64th holds the
 * rest). Built once per scored answer.
 */
final class TextIndex {
    private static final int MAX_BITS = 64;
    /** "%" is indexed as the word "percent". */
    private static final String PERCENT = Stemmer.stem("percent");

    final Analysis analysis;
    /**
     * Canonical stem (hyphenated words also by their parts, synonym phrases by their group) → sentence
     * bits and topic weight (the highest of its occurrences, see {@link Topics#weight}).
     */
    final TermTable terms;
    /** Key-point concept groups per sentence bit. */
    final long[] groups;
    /** Sentences holding a figure with a unit, and a before→after or relative change. */
    final long quantities;

    final long changes;
    /** Sentences indexed: every one that is not a repeat. */
    final long indexed;
    /** Of those, the statements (not keyword lists): only they cover key points. */
    final long counting;

    private TextIndex(
            Analysis analysis,
            TermTable terms,
            long[] groups,
            long quantities,
            long changes,
            long indexed,
            long counting) {
        this.analysis = analysis;
        this.terms = terms;
        this.groups = groups;
        this.quantities = quantities;
        this.changes = changes;
        this.indexed = indexed;
        this.counting = counting;
    }

    static TextIndex of(Analysis a) {
        Topics topics = Topics.get();
        Lexicon lexicon = Lexicon.get();
        TermTable terms = new TermTable(a.tokens.size() / 2);
        long[] groups = new long[Math.min(MAX_BITS, a.sentences.size())];
        long indexed = 0;
        long counting = 0;
        for (Sentence s : a.sentences) {
            if (s.duplicate()) {
                continue;
            }
            int slot = Math.min(MAX_BITS - 1, s.index());
            long bit = 1L << slot;
            indexed |= bit;
            counting |= s.connected() ? bit : 0;
            groups[slot] |= s.tags() & KeyPointPattern.GROUPS;
            for (int i = s.first(); i < s.end(); i++) {
                Token t = a.tokens.get(i);
                if (t.is("%")) {
                    terms.addBits(PERCENT, bit);
                }
                if (!t.isWord()) {
                    continue;
                }
                Lexicon.Word w = a.entries[i];
                terms.add(w.canonical(), bit, Topics.weight(w.topical(), a.tags[i]));
                if (t.lower().indexOf('-') > 0 && !topics.isSynonym(w.stem())) {
                    for (String part : t.lower().split("-")) {
                        if (!part.isEmpty()) {
                            String ps = Stemmer.stem(part);
                            terms.add(topics.canonical(ps), bit, topics.weight(ps, lexicon.tagsOf(ps)));
                        }
                    }
                }
                List<Topics.Phrase> phrases = w.topicPhrases();
                if (phrases != null) {
                    for (Topics.Phrase p : phrases) {
                        if (startsAt(a.stems, i, s.end(), p.stems())) {
                            terms.add(p.canonical(), bit, 1.0);
                        }
                    }
                }
            }
        }
        long quantities = 0;
        for (Quantity q : a.quantities) {
            quantities |= 1L << Math.min(MAX_BITS - 1, q.sentence());
        }
        long changes = 0;
        for (Change c : a.changes) {
            changes |= 1L << Math.min(MAX_BITS - 1, c.sentence());
        }
        return new TextIndex(a, terms, groups, quantities & indexed, changes & indexed, indexed, counting);
    }

    static boolean startsAt(String[] stems, int at, int end, String[] phrase) {
        if (at + phrase.length > end) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!stems[at + k].equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** Sentence bits whose concept groups meet {@code mask}. */
    long sentencesWithGroups(long mask) {
        long out = 0;
        for (int i = 0; i < groups.length; i++) {
            if ((groups[i] & mask) != 0) {
                out |= 1L << i;
            }
        }
        return out;
    }
}
