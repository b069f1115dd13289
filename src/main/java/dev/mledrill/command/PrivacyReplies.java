package dev.mledrill.command;

import dev.mledrill.chat.CommandReply;
import dev.mledrill.chat.UserRef;
import dev.mledrill.privacy.DataExport;
import dev.mledrill.privacy.Erasure;
import dev.mledrill.privacy.ExportJson;
import dev.mledrill.privacy.PrivacyService;
import dev.mledrill.privacy.UserSelector;

/**
 * {@code /drill export} and {@code /drill forget-me}. Both replies go only to the caller (command
 * replies are private on every platform). An export too long for one chat message is summarised
 * with the CLI command an operator runs to hand over the full file.
 */
public final class PrivacyReplies {
    /** Longest JSON sent in chat: a Discord message holds 2,000 characters, with room for the wrapper. */
    static final int CHAT_EXPORT_LIMIT = 1_800;

    private final PrivacyService privacy;

    public PrivacyReplies(PrivacyService privacy) {
        this.privacy = privacy;
    }

    CommandReply export(CommandContext context) {
        UserRef user = context.event().user();
        boolean everywhere =
                context.arg(0).filter("everywhere"::equalsIgnoreCase).isPresent();
        DataExport export = privacy.export(everywhere ? UserSelector.everywhereOn(user) : UserSelector.account(user));
        if (export.accounts().isEmpty()) {
            return new CommandReply("Nothing is stored about you" + (everywhere ? "." : " in this workspace."));
        }
        String json = ExportJson.compact(export);
        if (json.length() <= CHAT_EXPORT_LIMIT) {
            return new CommandReply("**Your data** (only you can see this):\n```\n" + json + "\n```");
        }
        return new CommandReply(
                "**Your data**: " + export.answerCount() + " answer(s) and " + export.scoreCount()
                        + " score(s) are stored, too much for a chat message. Ask the person who runs this bot to export it for"
                        + " you with\n`mle-drill export --user " + user.id() + " --platform "
                        + user.platform().id()
                        + (everywhere ? "" : " --team " + user.team()) + " --output my-data.json`\n"
                        + "and send you the file: JSON with your answers and their edit history, scores per criterion and streaks.");
    }

    CommandReply forgetMe(CommandContext context) {
        UserRef user = context.event().user();
        boolean confirmed = context.arg(0).filter("confirm"::equalsIgnoreCase).isPresent();
        boolean everywhere =
                context.arg(1).filter("everywhere"::equalsIgnoreCase).isPresent();
        if (!confirmed) {
            return new CommandReply("**Forget me** deletes everything this bot stored about you: your answers and their"
                    + " edits, your scores, practice sessions and streaks. It cannot be undone.\n"
                    + "- `/drill forget-me confirm`: in this workspace\n"
                    + "- `/drill forget-me confirm everywhere`: in every "
                    + user.platform().id()
                    + " workspace this bot serves\n"
                    + "Your messages on " + user.platform().id()
                    + " itself stay; delete them there if you want them gone.");
        }
        Erasure erasure = privacy.forget(everywhere ? UserSelector.everywhereOn(user) : UserSelector.account(user));
        if (erasure.nothingFound()) {
            return new CommandReply("Nothing was stored about you" + (everywhere ? "." : " in this workspace."));
        }
        return new CommandReply("Done: everything stored about you is deleted (" + erasure.summary() + ")."
                + " Answers you post from now on are stored again as usual.");
    }
}
