package dev.mledrill.question;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a typo most likely meant, for "did you mean ...?" hints. */
final class NearestName {

    private NearestName() {}

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

    /** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
