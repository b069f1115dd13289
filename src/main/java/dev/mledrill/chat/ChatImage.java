package dev.mledrill.chat;

import java.util.Arrays;
import java.util.Objects;

/** A PNG to attach to a message, with the alt text every platform shows to screen readers. */
public record ChatImage(byte[] png, String altText, String fileName) {
    public ChatImage {
        Objects.requireNonNull(png, "png");
        png = png.clone();
        Objects.requireNonNull(altText, "altText");
        Objects.requireNonNull(fileName, "fileName");
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChatImage i
                && Arrays.equals(png, i.png)
                && altText.equals(i.altText)
                && fileName.equals(i.fileName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(png), altText, fileName);
    }

    @Override
    public String toString() {
        return "ChatImage[" + fileName + ", " + png.length + " bytes]";
    }
}
