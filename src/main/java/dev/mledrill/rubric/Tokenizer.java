package dev.mledrill.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, numbers, symbols and line breaks in one pass. Words keep inner
 * hyphens, apostrophes and '@' ("on-device", "top-1", "recall@10", "don't"); numbers keep
 * thousands separators and decimals ("20,000", "0.5"); "->" and "=>" become "→".
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 4 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != Token.Kind.BREAK) {
                    tokens.add(new Token("\n", "\n", Token.Kind.BREAK, i, i + 1));
                }
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(text.charAt(i + 1)))) {
                i = number(text, i, tokens);
            } else if (Character.isLetter(c) && c != 'Δ' && c != 'δ') {
                i = word(text, i, tokens);
            } else if ((c == '-' || c == '=') && i + 1 < n && text.charAt(i + 1) == '>') {
                tokens.add(new Token(text.substring(i, i + 2), "→", Token.Kind.SYMBOL, i, i + 2));
                i += 2;
            } else {
                String s = String.valueOf(c);
                tokens.add(new Token(s, s, Token.Kind.SYMBOL, i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    private static int number(String text, int from, List<Token> tokens) {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            boolean separator = (c == '.' || c == ',') && i + 1 < n && isDigit(text.charAt(i + 1));
            if (!isDigit(c) && !separator) {
                break;
            }
            i++;
        }
        String s = text.substring(from, i);
        tokens.add(new Token(s, s, Token.Kind.NUMBER, from, i));
        return i;
    }

    private static int word(String text, int from, List<Token> tokens) {
        int n = text.length();
        int i = from + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if (isJoiner(c) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        // "e.g." and "i.e." stay one word so they do not end a sentence
        if (i - from == 1
                && i + 2 < n
                && text.charAt(i) == '.'
                && Character.isLetter(text.charAt(i + 1))
                && text.charAt(i + 2) == '.') {
            i += 3;
        }
        String s = text.substring(from, i);
        tokens.add(new Token(s, lower(s), Token.Kind.WORD, from, i));
        return i;
    }

    /** Lower case with straight apostrophes; most words are already plain lower-case ASCII and are kept as they are. */
    private static String lower(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if ((c >= 'A' && c <= 'Z') || c > 127) {
                return s.toLowerCase(Locale.ROOT).replace('’', '\'');
            }
        }
        return s;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '@';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
