package dev.mledrill.rubric;

import java.util.List;
import java.util.Set;

/**
 * What the scorer needs to know of the question an answer replies to. The question bank's
 * {@code Question} is one; the rubric owns this type so that it depends on no bank.
 */
public interface AskedQuestion {
    String id();

    String category();

    String prompt();

    /** The criteria the question stresses: their weights are raised. */
    Set<Criterion> focus();

    /** What a strong answer covers, checked one by one. */
    List<String> keyPoints();

    /** The outline of one good answer, which tells the question's subject apart from its neighbours'. */
    List<String> modelAnswer();

    List<String> tags();
}
