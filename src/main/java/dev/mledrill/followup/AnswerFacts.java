package dev.mledrill.followup;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a follow-up can quote from an answer, each as written there: a clause with a before/after
 * number pair, a technique it names, and a short clause of its opening sentence.
 */
final class AnswerFacts {
    private static final int MAX_QUOTE = 90;
    private static final int MIN_QUOTE_WORDS = 4;
    private static final String NUMBER = "~?\\d+(?:[.,]\\d+)*";
    private static final String UNIT =
            "(?:\\s*(?:%|ms|s|sec|seconds|mb|gb|kb|fps|mw|w|mah|x|pp|points?|tokens/s|ms/token)(?![a-z]))?";
    private static final String UNIT_WORD = "(?:%|ms|s|mb|gb|fps|mw|mah)(?![a-z])";
    private static final Pattern CHANGE =
            Pattern.compile("(?i)\\bfrom\\s+" + NUMBER + UNIT + "\\s+(?:down\\s+|up\\s+)?to\\s+"
                    + NUMBER + UNIT + "|" + NUMBER + UNIT + "\\s*(?:->|→)\\s*" + NUMBER + UNIT
                    + "|" + NUMBER + "\\s*" + UNIT_WORD + "\\s+to\\s+" + NUMBER + "\\s*" + UNIT_WORD);
    private static final Pattern TECHNIQUE = Pattern.compile("(?i)\\b(?:"
            + "(?:int8|int4|fp16|bf16|4-bit|8-bit|16-bit|per-channel|dynamic|static|post-training|quantization-aware)"
            + "(?:\\s+(?:weight\\s+)?(?:quantization|quantisation|quantized|quantised|weights))?"
            + "|quantization-aware training|quantization|quantisation|(?:structured\\s+|unstructured\\s+|magnitude\\s+)?pruning"
            + "|(?:knowledge\\s+)?distillation|distilled (?:model|student)|LoRA|QLoRA|sparsity|weight clustering"
            + "|speculative decoding|KV[- ]cache|early exit|operator fusion|Core ML|TFLite|LiteRT|ONNX Runtime|NNAPI"
            + "|(?:the\\s+)?(?:NPU|GPU delegate|Neural Engine|DSP)|on-device)\\b");
    private static final Pattern CLAUSE_BREAK =
            Pattern.compile("[,;:—–()]|\\s-\\s|\\band\\b|\\bso\\b|\\bbut\\b|\\bwhich\\b");
    private static final Pattern LEADING_LINK = Pattern.compile("(?i)^(?:so|and|but|then|which|because|while)\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|\\n");

    private AnswerFacts() {}

    /** The values of the placeholders this answer can fill; a placeholder it cannot fill is absent. */
    static Map<String, String> of(String answer) {
        Map<String, String> values = new HashMap<>();
        change(answer).ifPresent(v -> values.put("change", v));
        technique(answer).ifPresent(v -> values.put("technique", v));
        quote(answer).ifPresent(v -> values.put("quote", v));
        return values;
    }

    /** The clause around the first before/after number pair: "the preview went from 18 to 30 fps". */
    static Optional<String> change(String answer) {
        Matcher m = CHANGE.matcher(answer);
        if (!m.find()) {
            return Optional.empty();
        }
        int start = clauseStart(answer, m.start());
        String clause =
                LEADING_LINK.matcher(answer.substring(start, m.end()).strip()).replaceFirst("");
        if (clause.length() > MAX_QUOTE) {
            clause = m.group().strip();
        }
        return Optional.of(clause);
    }

    static Optional<String> technique(String answer) {
        Matcher m = TECHNIQUE.matcher(answer);
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }

    /** The first clause of the first sentence that has a few words, cut to a readable length. */
    static Optional<String> quote(String answer) {
        int from = 0;
        Matcher end = SENTENCE_END.matcher(answer);
        while (from < answer.length()) {
            int to = end.find(from) ? end.start() : answer.length();
            String sentence = answer.substring(from, to).strip();
            from = to + 1;
            Matcher brk = CLAUSE_BREAK.matcher(sentence);
            String clause = sentence;
            while (brk.find()) {
                String head = sentence.substring(0, brk.start()).strip();
                if (words(head) >= MIN_QUOTE_WORDS) {
                    clause = head;
                    break;
                }
            }
            if (words(clause) >= MIN_QUOTE_WORDS) {
                return Optional.of(cut(clause));
            }
        }
        return Optional.empty();
    }

    private static int clauseStart(String text, int at) {
        int start = at;
        int words = 0;
        while (start > 0) {
            char c = text.charAt(start - 1);
            if (",;:.!?\n—–(".indexOf(c) >= 0 || (c == ' ' && ++words > 6)) {
                break;
            }
            start--;
        }
        return start;
    }

    private static String cut(String clause) {
        if (clause.length() <= MAX_QUOTE) {
            return clause;
        }
        int space = clause.lastIndexOf(' ', MAX_QUOTE - 1);
        return clause.substring(0, space > 0 ? space : MAX_QUOTE - 1).stripTrailing() + "…";
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
