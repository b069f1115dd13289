/**
 * Streaks: consecutive drill days answered in time, with freezes, per channel or workspace
 * scope. Pure calculation over drill days; storage lives in {@code store}.
 */
package dev.mledrill.streak;
