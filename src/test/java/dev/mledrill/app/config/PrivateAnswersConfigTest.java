package dev.mledrill.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mledrill.chat.AnswerMode;
import dev.mledrill.chat.RevealMode;
import dev.mledrill.drill.ChannelSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateAnswersConfigTest {
    @TempDir
    Path dir;

    private ChannelSettings load(String extra) throws Exception {
        return OneChannelConfig.load(dir, extra).channels().get(0);
    }

    @Test
    @DisplayName("without answers and reveal a channel keeps thread answers (existing setups unchanged), reveal top3")
    void defaults() throws Exception {
        ChannelSettings settings = load("");
        assertThat(settings.answers()).isEqualTo(AnswerMode.THREAD);
        assertThat(settings.privateAnswers()).isFalse();
        assertThat(settings.reveal()).isEqualTo(RevealMode.TOP3);
    }

    @Test
    @DisplayName("answers: private and reveal: all / none are read, in any case")
    void readsOptions() throws Exception {
        assertThat(load("    answers: private\n    reveal: all\n")).satisfies(s -> {
            assertThat(s.privateAnswers()).isTrue();
            assertThat(s.reveal()).isEqualTo(RevealMode.ALL);
        });
        assertThat(load("    answers: Private\n    reveal: NONE\n").reveal()).isEqualTo(RevealMode.NONE);
    }

    @Test
    @DisplayName("a bad answers or reveal value is named with its key and what is expected")
    void badValues() {
        assertThatThrownBy(() -> load("    answers: secret\n    reveal: top5\n"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("answers", "expected thread or private", "secret"))
                        .anySatisfy(p -> assertThat(p).contains("reveal", "expected all, top3 or none", "top5")));
    }
}
