package dev.mledrill.chat;

/** Answers {@code /drill} commands for every platform; fast enough for Slack's 3-second limit. */
public interface CommandHandler {
    CommandReply handle(ChatEvent.CommandInvoked command);
}
