package org.spatiallift.engine.perception.detect;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.spatiallift.engine.image.ColorImage;

/** Writes a ColorImage as an 8-bit RGB PNG (test helper). */
final class TestPng {

    private TestPng() {
    }

    static void write(ColorImage image, Path file) throws IOException {
        BufferedImage b = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        b.setRGB(0, 0, image.width(), image.height(), image.rgb(), 0, image.width());
        if (!ImageIO.write(b, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
