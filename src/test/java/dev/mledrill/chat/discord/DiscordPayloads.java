package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ADMIN_ROLE;
import static dev.mledrill.chat.discord.FakeDiscord.APP;
import static dev.mledrill.chat.discord.FakeDiscord.BOT;
import static dev.mledrill.chat.discord.FakeDiscord.CHANNEL;
import static dev.mledrill.chat.discord.FakeDiscord.EVERYONE_PERMISSIONS;
import static dev.mledrill.chat.discord.FakeDiscord.GUILD;
import static dev.mledrill.chat.discord.FakeDiscord.MANAGE_SERVER;
import static dev.mledrill.chat.discord.FakeDiscord.OTHER_CHANNEL;
import static dev.mledrill.chat.discord.FakeDiscord.OWNER;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mledrill.chat.discord.FakeDiscord.FakeUser;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JSON the fake Discord sends: the smallest payloads JDA 6 accepts (missing fields make it
 * throw), with snowflake ids that grow like Discord's.
 */
final class DiscordPayloads {
    private static final long DISCORD_EPOCH = 1420070400000L;

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong increment = new AtomicLong();

    /** INTERACTION_CREATE for {@code /drill <subcommand>}: needs {@code version: 1} and the guild stub. */
    ObjectNode interaction(String id, FakeUser user, String channelId, String subcommand, Map<String, String> options) {
        ObjectNode sub = json.createObjectNode().put("name", subcommand).put("type", 1);
        ArrayNode subOptions = sub.putArray("options");
        ObjectNode resolved = json.createObjectNode();
        options.forEach((name, value) -> {
            boolean userOption = "user".equals(name);
            boolean flag = "true".equals(value) || "false".equals(value);
            ObjectNode option = subOptions.addObject().put("name", name).put("type", userOption ? 6 : flag ? 5 : 3);
            if (flag) {
                option.put("value", Boolean.parseBoolean(value));
            } else {
                option.put("value", value);
            }
            if (userOption) {
                resolved.withObjectProperty("users")
                        .set(value, userJson(new FakeUser(value, "user" + value, List.of(), false)));
            }
        });
        ObjectNode data = json.createObjectNode()
                .put("id", "1400000000000000001")
                .put("name", "drill")
                .put("type", 1)
                .put("guild_id", GUILD);
        data.putArray("options").add(sub);
        data.set("resolved", resolved);
        ObjectNode member = member(user);
        member.set("user", userJson(user));
        member.put("permissions", Long.toString(permissionsOf(user)));
        ObjectNode interaction = json.createObjectNode()
                .put("id", id)
                .put("application_id", APP)
                .put("type", 2)
                .put("guild_id", GUILD)
                .put("channel_id", channelId)
                .put("token", "token-" + id)
                .put("version", 1)
                .put("locale", "en-US")
                .put("guild_locale", "en-US")
                .put("context", 0)
                .put("app_permissions", Long.toString(EVERYONE_PERMISSIONS));
        interaction.set("data", data);
        interaction.set("member", member);
        interaction.set("channel", textChannel(channelId, "drill"));
        interaction.putArray("entitlements");
        interaction.putObject("guild").put("id", GUILD).put("locale", "en-US").putArray("features");
        interaction.putObject("authorizing_integration_owners").put("0", GUILD);
        return interaction;
    }

    ObjectNode thread(String id, String parentId, String name, int autoArchiveMinutes) {
        ObjectNode thread = json.createObjectNode()
                .put("id", id)
                .put("guild_id", GUILD)
                .put("parent_id", parentId)
                .put("owner_id", BOT)
                .put("type", 11)
                .put("name", name)
                .put("message_count", 0)
                .put("member_count", 1)
                .put("rate_limit_per_user", 0)
                .put("flags", 0)
                .put("total_message_sent", 0);
        thread.putObject("thread_metadata")
                .put("archived", false)
                .put("auto_archive_duration", autoArchiveMinutes)
                .put("archive_timestamp", now())
                .put("locked", false)
                .put("create_timestamp", now());
        thread.putObject("member")
                .put("id", id)
                .put("user_id", BOT)
                .put("join_timestamp", now())
                .put("flags", 0);
        return thread;
    }

    ObjectNode ready(String gatewayUrl) {
        ObjectNode ready = json.createObjectNode()
                .put("v", 10)
                .put("session_id", "fake-session")
                .put("resume_gateway_url", gatewayUrl);
        ready.set("user", userJson(new FakeUser(BOT, "drill-bot", List.of(), true)));
        ready.putArray("guilds").addObject().put("id", GUILD).put("unavailable", true);
        ready.putObject("application").put("id", APP).put("flags", 0);
        ready.putArray("private_channels");
        return ready;
    }

    ObjectNode guild(List<ObjectNode> threads) {
        ObjectNode guild = json.createObjectNode()
                .put("id", GUILD)
                .put("name", "ML drills")
                .put("owner_id", OWNER)
                .put("member_count", 4)
                .put("afk_timeout", 300)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("premium_tier", 0)
                .put("nsfw_level", 0)
                .put("preferred_locale", "en-US")
                .put("system_channel_flags", 0)
                .put("large", false)
                .put("joined_at", now());
        ObjectNode self = member(new FakeUser(BOT, "drill-bot", List.of(), true));
        self.set("user", userJson(new FakeUser(BOT, "drill-bot", List.of(), true)));
        guild.putArray("members").add(self);
        ArrayNode roles = guild.putArray("roles");
        roles.add(role(GUILD, "@everyone", 0, EVERYONE_PERMISSIONS));
        roles.add(role(ADMIN_ROLE, "drill-admins", 1, EVERYONE_PERMISSIONS));
        ArrayNode channels = guild.putArray("channels");
        channels.add(textChannel(CHANNEL, "drill"));
        channels.add(textChannel(OTHER_CHANNEL, "general"));
        ArrayNode guildThreads = guild.putArray("threads");
        threads.forEach(guildThreads::add);
        for (String empty : List.of(
                "emojis",
                "stickers",
                "voice_states",
                "guild_scheduled_events",
                "features",
                "presences",
                "stage_instances",
                "soundboard_sounds")) {
            guild.putArray(empty);
        }
        return guild;
    }

    private ObjectNode role(String id, String name, int position, long permissions) {
        ObjectNode role = json.createObjectNode()
                .put("id", id)
                .put("name", name)
                .put("position", position)
                .put("permissions", Long.toString(permissions))
                .put("color", 0)
                .put("hoist", false)
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        role.putObject("colors")
                .put("primary_color", 0)
                .putNull("secondary_color")
                .putNull("tertiary_color");
        return role;
    }

    private ObjectNode textChannel(String id, String name) {
        ObjectNode channel = json.createObjectNode()
                .put("id", id)
                .put("type", 0)
                .put("guild_id", GUILD)
                .put("name", name)
                .put("position", 0)
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .put("flags", 0)
                .putNull("parent_id")
                .putNull("topic")
                .putNull("last_message_id");
        channel.putArray("permission_overwrites");
        return channel;
    }

    private long permissionsOf(FakeUser user) {
        return user.roles().contains(ADMIN_ROLE) ? EVERYONE_PERMISSIONS | MANAGE_SERVER : EVERYONE_PERMISSIONS;
    }

    /** A message as Discord sends it; DMs carry no guild id and no member. */
    ObjectNode message(String channelId, FakeUser author, String content, boolean inGuild) {
        ObjectNode message = json.createObjectNode()
                .put("id", snowflake())
                .put("channel_id", channelId)
                .put("content", content)
                .put("timestamp", now())
                .putNull("edited_timestamp")
                .put("tts", false)
                .put("mention_everyone", false)
                .put("pinned", false)
                .put("type", 0)
                .put("flags", 0);
        if (inGuild) {
            message.put("guild_id", GUILD);
            message.set("member", member(author));
        }
        message.set("author", userJson(author));
        for (String empty : List.of("mentions", "mention_roles", "attachments", "embeds", "components")) {
            message.putArray(empty);
        }
        return message;
    }

    private ObjectNode member(FakeUser user) {
        ObjectNode member = json.createObjectNode()
                .put("joined_at", now())
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .putNull("nick")
                .put("pending", false);
        ArrayNode roles = member.putArray("roles");
        user.roles().forEach(roles::add);
        return member;
    }

    ObjectNode userJson(FakeUser user) {
        return json.createObjectNode()
                .put("id", user.id())
                .put("username", user.name())
                .put("discriminator", "0")
                .put("global_name", user.name())
                .putNull("avatar")
                .put("bot", user.bot())
                .put("public_flags", 0);
    }

    String snowflake() {
        return Long.toString(
                ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (increment.incrementAndGet() & 0x3FFFFF));
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }
}
