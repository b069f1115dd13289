/**
 * The platform-neutral chat boundary: the {@code Chat} port the core posts through, the sealed
 * {@code ChatEvent} types adapters deliver, and the messages (question, feedback, wrap-up) as text.
 */
package dev.mledrill.chat;
