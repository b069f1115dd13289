package dev.mledrill.chat.discord;

import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/** Tells the service each time JDA re-established a dropped gateway connection. */
final class ReconnectListener extends ListenerAdapter {
    private final Runnable reconnected;

    ReconnectListener(Runnable reconnected) {
        this.reconnected = reconnected;
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        reconnected.run();
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        reconnected.run();
    }
}
