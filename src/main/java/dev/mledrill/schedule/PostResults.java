package dev.mledrill.schedule;

/** Reads what the answers to a posted question add up to, for its wrap-up. */
public interface PostResults {
    WrapUpFacts results(long postedQuestionId);
}
