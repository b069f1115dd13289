package dev.mledrill.progress;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** Pixel statistics of a PNG, to test charts by what they look like rather than by their bytes. */
record PixelStats(int width, int height, int colours, double nonBackgroundShare, double meanLuminance) {

    static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("not a PNG");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PixelStats of(byte[] png) {
        BufferedImage image = decode(png);
        int background = image.getRGB(0, 0);
        Set<Integer> colours = new HashSet<>();
        long other = 0;
        double luminance = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb & 0xFFFFFF);
                other += rgb == background ? 0 : 1;
                luminance += luminance(rgb);
            }
        }
        double pixels = (double) image.getWidth() * image.getHeight();
        return new PixelStats(image.getWidth(), image.getHeight(), colours.size(), other / pixels, luminance / pixels);
    }

    /** Mean absolute difference of luminance, 0 (same) to 1, between two images of one size. */
    static double difference(byte[] a, byte[] b) {
        BufferedImage x = decode(a);
        BufferedImage y = decode(b);
        if (x.getWidth() != y.getWidth() || x.getHeight() != y.getHeight()) {
            return 1;
        }
        double sum = 0;
        for (int row = 0; row < x.getHeight(); row++) {
            for (int col = 0; col < x.getWidth(); col++) {
                sum += Math.abs(luminance(x.getRGB(col, row)) - luminance(y.getRGB(col, row)));
            }
        }
        return sum / ((double) x.getWidth() * x.getHeight());
    }

    /** Share of pixels whose colour is close to {@code rgb}. */
    static double shareNear(byte[] png, int rgb) {
        BufferedImage image = decode(png);
        long near = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int d = Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF))
                        + Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF))
                        + Math.abs((p & 0xFF) - (rgb & 0xFF));
                near += d < 30 ? 1 : 0;
            }
        }
        return near / ((double) image.getWidth() * image.getHeight());
    }

    static double luminance(int rgb) {
        return (0.2126 * ((rgb >> 16) & 0xFF) + 0.7152 * ((rgb >> 8) & 0xFF) + 0.0722 * (rgb & 0xFF)) / 255;
    }
}
