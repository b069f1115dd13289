/**
 * The drill itself: taking an answer (validate, store, then score), editing and withdrawing it,
 * feedback to its author, practice questions and backfill of answers missed while down.
 * Knows nothing of Slack or Discord; talks to them through {@code chat.Chat}.
 */
package dev.mledrill.drill;
