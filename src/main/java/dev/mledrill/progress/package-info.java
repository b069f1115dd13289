/**
 * A person's and a team's progress: score history per rubric criterion, weak-area practice
 * picks, and progress charts rendered headless to PNG with alt text. Platform-neutral.
 */
package dev.mledrill.progress;
