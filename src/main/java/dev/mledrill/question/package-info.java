/**
 * The question bank: YAML files read into immutable questions (prompt, focus, key points, model
 * answer), validated with one-line errors, and the model-answer checks of {@code questions validate}.
 */
package dev.mledrill.question;
