/**
 * Leaderboards and standings for a week, a month or all time, with opt-outs; counts only answers
 * that count (not late, not practice, not withdrawn, not flagged as copies).
 */
package dev.mledrill.leaderboard;
