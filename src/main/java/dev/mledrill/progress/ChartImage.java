package dev.mledrill.progress;

import java.util.Arrays;
import java.util.Objects;

/**
 * A rendered chart: PNG bytes, the alt text that says what it shows (for screen readers and
 * for chats that do not show images), a file name, and its size in pixels.
 */
public record ChartImage(byte[] png, String altText, String fileName, int width, int height) {
    /** Slack's alt_txt and Discord's attachment description both stop near 1,000 characters. */
    public static final int MAX_ALT_TEXT = 1000;

    public ChartImage {
        Objects.requireNonNull(png, "png");
        png = png.clone();
        Objects.requireNonNull(altText, "altText");
        if (altText.isBlank()) {
            throw new IllegalArgumentException("a chart needs alt text");
        }
        altText = altText.length() <= MAX_ALT_TEXT ? altText : altText.substring(0, MAX_ALT_TEXT - 1) + "…";
        Objects.requireNonNull(fileName, "fileName");
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChartImage c
                && Arrays.equals(png, c.png)
                && altText.equals(c.altText)
                && fileName.equals(c.fileName)
                && width == c.width
                && height == c.height;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(png), altText, fileName, width, height);
    }

    @Override
    public String toString() {
        return "ChartImage[" + fileName + ", " + width + "x" + height + ", " + png.length + " bytes]";
    }
}
