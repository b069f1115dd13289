/**
 * The terminal as a chat platform, for {@code drill} and local runs.
 */
package dev.mledrill.chat.console;
