package dev.mledrill.question;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a YAML file as strict UTF-8 and checks the text before it is parsed: a byte order mark
 * is dropped and CRLF or CR line ends become LF; tab indentation, invisible or control characters
 * and bytes that are not UTF-8 are reported with their line, because YAML parsers either reject
 * them with a puzzling message or, worse, read them silently.
 */
final class YamlText {

    private YamlText() {}

    /** The file's text, or empty when it cannot be parsed safely (the reasons are in {@code errors}). */
    static Optional<String> read(Path file, LoadErrors errors) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            errors.add(file, 0, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        String text;
        try {
            text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            errors.add(file, firstBadLine(bytes), "not valid UTF-8 text; save the file as UTF-8");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int before = errors.size();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            checkLine(file, i + 1, lines[i], errors);
        }
        return errors.size() == before ? Optional.of(text) : Optional.empty();
    }

    private static void checkLine(Path file, int line, String text, LoadErrors errors) {
        int indentEnd = 0;
        while (indentEnd < text.length() && " \t\u00A0".indexOf(text.charAt(indentEnd)) >= 0) {
            indentEnd++;
        }
        if (text.substring(0, indentEnd).indexOf('\t') >= 0) {
            errors.add(file, line, "indented with a tab; YAML indentation must use spaces");
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isInvisible(cp) || (cp == '\u00A0' && i < indentEnd)) {
                errors.add(
                        file,
                        line,
                        String.format(
                                "invisible character U+%04X (%s) at column %d; delete or replace it",
                                cp, Character.getName(cp), i + 1));
            }
            i += Character.charCount(cp);
        }
    }

    private static boolean isInvisible(int cp) {
        if (cp == '\t') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The line of the first byte sequence that is not UTF-8: the decoder stops at it. */
    private static int firstBadLine(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            strictUtf8().decode(in);
        } catch (CharacterCodingException e) {
            // in.position() now points at the malformed sequence
        }
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
