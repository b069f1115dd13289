/**
 * The composition root: builds every store and service from the database, question bank, rubric,
 * configuration and clock, starts the chat adapters for {@code run}, and recovers at start.
 * The only package that wires others together.
 */
package dev.mledrill.app;
