/**
 * The {@code /drill ...} chat commands, answered the same way on every platform.
 */
package dev.mledrill.command;
