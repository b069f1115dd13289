package dev.mledrill.fuzz;

import dev.mledrill.testing.OddText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Seeded random damage to a text file: lines dropped, doubled, swapped, re-indented, cut, or spliced with odd text. */
final class TextMutations {
    private static final String[] SPLICES = {
        ": ",
        "- ",
        "  ",
        "\t",
        "[",
        "]",
        "{",
        "}",
        "&anchor ",
        "*anchor",
        "!!binary ",
        "!!python/object ",
        "? ",
        "|",
        ">-",
        "---",
        "...",
        "#",
        "\"",
        "'",
        "~",
        "null",
        "true",
        "-1",
        "1e999",
        "0x1F",
        "2026-02-30",
        "%YAML 1.1",
        "<<: *a",
    };

    private TextMutations() {}

    static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int damage = 1 + random.nextInt(4);
        for (int d = 0; d < damage && !lines.isEmpty(); d++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(8)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> lines.set(at, lines.get(random.nextInt(lines.size())));
                case 3 ->
                    lines.set(at, " ".repeat(random.nextInt(7)) + lines.get(at).strip());
                case 4 -> lines.set(at, splice(lines.get(at), SPLICES[random.nextInt(SPLICES.length)], random));
                case 5 -> lines.set(at, splice(lines.get(at), OddText.random(random, 4, 0), random));
                case 6 -> lines.subList(at, lines.size()).clear();
                default -> lines.set(at, lines.get(at).replace(": ", random.nextBoolean() ? ":" : ": ["));
            }
        }
        return String.join("\n", lines);
    }

    private static String splice(String line, String insert, Random random) {
        int at = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
        return line.substring(0, at) + insert + line.substring(at);
    }
}
