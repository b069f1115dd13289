package dev.mledrill.question;

import dev.mledrill.rubric.KeyPoints;
import java.util.ArrayList;
import java.util.List;

/**
 * The mechanical part of reviewing a bank: a key point that the question's own model answer
 * does not cover, judged by the scorer's key-point matcher, would ask candidates for something
 * the bank never shows. Reported as warnings; the bank still loads.
 */
public final class ModelAnswerCheck {
    private ModelAnswerCheck() {}

    /** One line per key point that its question's model answer leaves uncovered, in bank order. */
    public static List<String> warnings(QuestionBank bank) {
        List<String> warnings = new ArrayList<>();
        for (Question q : bank.all()) {
            for (String missed :
                    KeyPoints.coverage(q.keyPoints(), q.modelAnswerText()).missed()) {
                warnings.add("warning: question '" + q.id() + "': its model answer does not cover the key point '"
                        + missed + "'");
            }
        }
        return warnings;
    }
}
