/**
 * Near copies: MinHash signatures of an answer's wording and the judge that flags an answer
 * {@code copied} (someone else's earlier answer in the same thread) or {@code recycled} (the
 * author's own answer to another question). Flagged answers are scored but not counted.
 */
package dev.mledrill.drill.copies;
