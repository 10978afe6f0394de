package org.spatiallift.engine.testing;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.spatiallift.engine.image.DepthImage;

/**
 * Test-only reader of the 16-bit depth PNGs in shared/data/rgbd (the product's decoders live in engine/io):
 * depth_m = v / scale, 0 = no depth; SUN frames first undo their bit rotation v' = ((v &gt;&gt; 3) | (v &lt;&lt; 13)) &amp; 0xFFFF.
 */
public final class DepthPng {

    /** Redwood / ICL-NUIM: millimetres. */
    public static final double REDWOOD_SCALE = 1000;
    /** TUM RGB-D: 1/5 mm. */
    public static final double TUM_SCALE = 5000;

    private DepthPng() {
    }

    public static DepthImage read(Path file, double unitsPerMetre, boolean sunBitRotation) {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (image == null) {
            throw new IllegalArgumentException(file + " is not an image ImageIO can read");
        }
        Raster raster = image.getRaster();
        int w = image.getWidth(), h = image.getHeight();
        int[] raw = raster.getSamples(0, 0, w, h, 0, new int[w * h]);
        float[] metres = new float[w * h];
        for (int i = 0; i < raw.length; i++) {
            int v = raw[i] & 0xFFFF;
            if (sunBitRotation) {
                v = ((v >> 3) | (v << 13)) & 0xFFFF;
            }
            metres[i] = (float) (v / unitsPerMetre);
        }
        return new DepthImage(w, h, metres);
    }

    /** The frame named as in reference-open3d.json ("depth/00000.png", "other_formats/TUM_depth.png", ...). */
    public static DepthImage readShared(String relative) {
        Path file = SharedData.rgbd(relative);
        if (relative.contains("SUN")) {
            return read(file, 1000, true);
        }
        if (relative.contains("TUM")) {
            return read(file, TUM_SCALE, false);
        }
        return read(file, REDWOOD_SCALE, false);
    }

    /** Open3D's depth cut for a shared frame (metres): Redwood 3.0, TUM 4.0, SUN and NYU 7.0. */
    public static double maxDepthOf(String relative) {
        if (relative.contains("TUM")) {
            return 4.0;
        }
        if (relative.contains("SUN") || relative.contains("NYU")) {
            return 7.0;
        }
        return 3.0;
    }
}
