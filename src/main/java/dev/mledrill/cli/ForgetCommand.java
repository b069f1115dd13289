package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.app.Stores;
import dev.mledrill.privacy.Erasure;
import dev.mledrill.privacy.UserSelector;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "forget",
        description = {
            "Delete everything stored about a user, in one transaction.",
            "Answers and their edit history, scores and their criteria, practice sessions, streak data and the",
            "user record. Without --team, in every workspace",
            "(of --platform, or of every platform). Exit code 0 when something was deleted, 1 when nothing matched."
        })
final class ForgetCommand extends ConfiguredCommand {

    @Mixin
    UserOptions user;

    @Override
    int run() {
        UserSelector who = user.selector();
        PrintWriter out = spec.commandLine().getOut();
        try (Stores stores = Application.openStores(options.load(env), env, Clock.systemUTC())) {
            Erasure erasure = stores.personalData().erase(who);
            if (erasure.nothingFound()) {
                spec.commandLine().getErr().println("nothing is stored for " + who.describe());
                return 1;
            }
            erasure.accounts()
                    .forEach(a -> out.println(
                            "forgot " + a.platform().id() + " user " + a.id() + " in workspace " + a.team()));
            out.println("deleted: " + erasure.summary());
            out.println("Copies in backups taken earlier still hold this data until those backups are deleted.");
            return 0;
        }
    }
}
