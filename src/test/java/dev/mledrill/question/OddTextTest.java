package dev.mledrill.question;

import static dev.mledrill.question.BankFiles.errorsOf;
import static dev.mledrill.question.BankFiles.question;
import static dev.mledrill.question.BankFiles.write;
import static dev.mledrill.question.BankFiles.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OddTextTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a file saved with a byte order mark and Windows line ends loads like any other")
    void bomAndCrlfLoad() {
        String windows = "\uFEFF" + question("windows-file", "vision").replace("\n", "\r\n");
        writeBytes(dir, "vision.yaml", windows.getBytes(StandardCharsets.UTF_8));

        Question q = QuestionBankLoader.load(dir).find("windows-file").orElseThrow();

        assertThat(q.id()).isEqualTo("windows-file");
        assertThat(q.keyPoints()).containsExactly("states a per-frame latency budget", "measures on the target device");
    }

    @Test
    @DisplayName("tab indentation is reported on its line instead of a puzzling parser message")
    void tabIndentation() {
        write(dir, "nlp.yaml", question("tabbed", "nlp").replace("\n  difficulty:", "\n\tdifficulty:"));

        assertThat(errorsOf(dir))
                .containsExactly(dir.resolve("nlp.yaml") + ":3: indented with a tab; YAML indentation must use spaces");
    }

    @Test
    @DisplayName("invisible characters are named with their code point and column")
    void invisibleCharacters() {
        write(dir, "nlp.yaml", question("zero\u200Bwidth", "nlp"));

        assertThat(errorsOf(dir))
                .containsExactly(dir.resolve("nlp.yaml")
                        + ":1: invisible character U+200B (ZERO WIDTH SPACE) at column 11; delete or replace it");
    }

    @Test
    @DisplayName("bytes that are not UTF-8 are reported with the line they are on")
    void notUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(question("latin-one", "nlp")
                .replace("mid-range", "mid-range caf")
                .getBytes(StandardCharsets.UTF_8));
        byte[] text = bytes.toByteArray();
        int at = new String(text, StandardCharsets.UTF_8).indexOf("caf") + 3;
        byte[] broken = new byte[text.length + 1];
        System.arraycopy(text, 0, broken, 0, at);
        broken[at] = (byte) 0xE9;
        System.arraycopy(text, at, broken, at + 1, text.length - at);
        writeBytes(dir, "nlp.yaml", broken);

        assertThat(errorsOf(dir))
                .containsExactly(dir.resolve("nlp.yaml") + ":4: not valid UTF-8 text; save the file as UTF-8");
    }

    @Test
    @DisplayName("accented and non-Latin text in prompts is kept as written")
    void unicodeTextKept() {
        write(dir, "nlp.yaml", question("accents", "nlp").replace("mid-range phone?", "mid-range phone? Café, 東京, ü."));

        assertThat(QuestionBankLoader.load(dir).find("accents").orElseThrow().prompt())
                .endsWith("Café, 東京, ü.");
    }

    @Test
    @DisplayName("a YAML alias is refused instead of being read as its name")
    void aliasRefused() {
        write(dir, "nlp.yaml", question("aliased", "nlp").replace("  tags: [latency]", "  tags: *shared"));

        assertThat(errorsOf(dir))
                .containsExactly(dir.resolve("nlp.yaml")
                        + ":10: invalid YAML: YAML aliases (*shared) are not supported; write the value out in full");
    }
}
