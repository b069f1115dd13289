package dev.mledrill.question;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a typo most likely meant, for "did you mean ...?" hints. */
final class NearestName {

    private NearestName() {
    }

    static Optional<String> of(String wrong, Collection<String> known) {
        String typed = wrong.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, typed.length() / 3);
        return known.stream()
                .filter(name -> distance(typed, name) <= allowed)
                .min(Comparator.comparingInt(name -> distance(typed, name)));
    }

    /** " (did you mean 'x'?)" or nothing. */
    static String hint(String wrong, Collection<String> known) {
        return of(wrong, known).map(name -> " (did you mean '" + name + "'?)").orElse("");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
