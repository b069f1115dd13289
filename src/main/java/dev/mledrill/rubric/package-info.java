/**
 * The product-first rubric and its scorer. The pipeline for one answer: analysis (sentences,
 * tokens, quantities with units) &rarr; one detector per criterion finds evidence &rarr; criterion
 * scores weighted by the question's focus &rarr; red flags deduct &rarr; with a question, key-point
 * coverage and relevance to that question adjust the total &rarr; the {@code Score} with quotes
 * and a rewrite tip.
 */
package dev.mledrill.rubric;
