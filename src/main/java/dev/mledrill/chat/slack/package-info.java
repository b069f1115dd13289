/**
 * The Slack adapter: Bolt over Socket Mode, turning events and slash commands into
 * {@code ChatEvent}s and posting through the Web API.
 */
package dev.mledrill.chat.slack;
