package dev.mledrill.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    @Test
    @DisplayName("without URLs the settings point at Discord itself")
    void defaults() {
        DiscordSettings settings = DiscordSettings.of("t0ken");

        assertThat(settings.restBaseUrl()).isEqualTo("https://discord.com/api/v10/");
        assertThat(settings.gatewayUrl()).isEqualTo("wss://gateway.discord.gg");
        assertThat(settings.adminRoles()).isEmpty();
    }

    @Test
    @DisplayName("the token never appears in the settings' text form")
    void tokenMasked() {
        assertThat(DiscordSettings.of("MTIz.secret.token").toString())
                .doesNotContain("secret")
                .contains("***");
    }

    @Test
    @DisplayName("a missing token says which variable to set and where to get it")
    void missingToken() {
        assertThatThrownBy(() -> DiscordSettings.of(" "))
                .hasMessageContaining("DISCORD_TOKEN")
                .hasMessageContaining("developer portal");
    }

    @Test
    @DisplayName("a REST base URL gets its trailing slash; a bad URL is refused with its key")
    void urls() {
        assertThat(new DiscordSettings("t", "http://127.0.0.1:9/api/v10", "ws://127.0.0.1:9/", List.of()).restBaseUrl())
                .isEqualTo("http://127.0.0.1:9/api/v10/");
        assertThatThrownBy(() -> new DiscordSettings("t", "discord.com/api", null, List.of()))
                .hasMessageContaining("discord.rest_base_url");
        assertThatThrownBy(() -> new DiscordSettings("t", null, "https://gateway.discord.gg", List.of()))
                .hasMessageContaining("discord.gateway_url");
    }

    @Test
    @DisplayName("the permission integer in the README's invite URL is exactly the permissions the bot needs")
    void invitePermissions() {
        long raw = Permission.getRaw(EnumSet.of(
                Permission.VIEW_CHANNEL,
                Permission.MESSAGE_SEND,
                Permission.MESSAGE_SEND_IN_THREADS,
                Permission.CREATE_PUBLIC_THREADS,
                Permission.MESSAGE_EMBED_LINKS,
                Permission.MESSAGE_ADD_REACTION,
                Permission.MESSAGE_HISTORY,
                Permission.USE_APPLICATION_COMMANDS));

        assertThat(raw).isEqualTo(311385214016L).isEqualTo(FakeDiscord.EVERYONE_PERMISSIONS);
    }
}
