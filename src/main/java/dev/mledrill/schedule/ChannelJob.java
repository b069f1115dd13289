package dev.mledrill.schedule;

import dev.mledrill.drill.ChannelSettings;

/** A routine the scheduler runs for each channel on every tick, after posting and wrap-ups. */
@FunctionalInterface
public interface ChannelJob {
    void run(ChannelSettings settings);
}
