package dev.mledrill.cli;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT as a request to stop, handled by the program instead of the JVM's default
 * (run the shutdown hooks, exit 128 + signal): {@code run} then stops gracefully and exits 0.
 */
final class StopSignals {
    private StopSignals() {}

    static void onStop(Runnable request) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> request.run());
            } catch (IllegalArgumentException unsupported) {
                // This platform has no such signal (or it is reserved): the shutdown hook still stops the service.
            }
        }
    }
}
