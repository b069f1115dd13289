package dev.mledrill.chat.discord;

import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@code /drill} per guild (bulk overwrite): guild commands appear at once, global ones
 * can take up to an hour. A guild that refuses is logged with the fix and does not stop the bot.
 */
final class SlashCommandRegistrar {
    private static final Logger LOG = LoggerFactory.getLogger(SlashCommandRegistrar.class);

    void register(Guild guild) {
        try {
            guild.updateCommands().addCommands(DrillSlashCommand.data()).complete();
        } catch (ErrorResponseException e) {
            LOG.warn(
                    "could not register /drill in guild {} ({}): re-invite the bot with the "
                            + "'applications.commands' scope",
                    guild.getId(),
                    e.getMeaning());
        }
    }
}
