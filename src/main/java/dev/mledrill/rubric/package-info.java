/**
 * The product-first rubric and its scorer. The pipeline for one answer: analysis (sentences,
 * tokens, quantities with units) &rarr; one detector per criterion finds evidence &rarr; criterion
 * scores weighted by the question's focus &rarr; red flags deduct &rarr; with a question, key-point
 * coverage and relevance to that question adjust the total &rarr; the {@code Score} with quotes
 * and a rewrite tip. Detectors name what is missing as a {@code Hint} and red flags are a
 * {@code RedFlagKind}; {@code RewriteTips} has a tip for each. A score leaves as JSON
 * ({@code ScoreJson}, for the CLI and older rows) or packed bytes ({@code ScoreCodec}, for the store).
 */
package dev.mledrill.rubric;
