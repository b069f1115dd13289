package dev.mledrill.schedule;

import dev.mledrill.chat.ChannelRef;

/** Whether a channel's posting is paused by an admin ({@code /drill pause}); stored, so it survives restarts. */
public interface ChannelPauses {
    boolean paused(ChannelRef channel);

    void setPaused(ChannelRef channel, boolean paused);
}
