package dev.mledrill.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Finds the PNG inside a request body (raw or a multipart part) and decodes it. */
public final class PngBytes {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] END = {'I', 'E', 'N', 'D'};

    private PngBytes() {}

    /** The image in {@code body}; fails when there is none. */
    public static BufferedImage image(byte[] body) {
        int start = indexOf(body, SIGNATURE, 0);
        int end = start < 0 ? -1 : indexOf(body, END, start);
        if (start < 0 || end < 0) {
            throw new AssertionError("no PNG in " + body.length + " bytes");
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Arrays.copyOfRange(body, start, end + 8)));
            if (image == null) {
                throw new AssertionError("the PNG in the body does not decode");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] data, byte[] wanted, int from) {
        outer:
        for (int i = from; i <= data.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (data[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
