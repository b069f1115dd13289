/**
 * The interviewer's follow-up: after an answer is scored, one probe at its weakest criterion,
 * written from the answer's own words with templates from {@code config/follow-ups.yaml} or the
 * question's {@code follow_ups}. Platform-neutral; the drill package asks and scores it.
 */
package dev.mledrill.followup;
