/**
 * The Discord adapter: JDA over the gateway, turning thread messages and slash commands into
 * {@code ChatEvent}s and posting through the REST API.
 */
package dev.mledrill.chat.discord;
