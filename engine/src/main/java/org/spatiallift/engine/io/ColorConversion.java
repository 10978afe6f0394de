package org.spatiallift.engine.io;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

import org.spatiallift.engine.image.ColorImage;

/**
 * Turns a decoded {@link BufferedImage} into packed 0xRRGGBB from the raw samples, without colour management:
 * palette images through their palette; one or two bands (grey, grey + alpha) as grey; three or four bands as
 * R, G, B (alpha ignored). A sample of b bits is scaled to 8 bits as round(s · 255 / (2^b − 1)).
 * (BufferedImage.getRGB is not used: it treats 8- and 16-bit grey as linear and brightens it.)
 */
final class ColorConversion {

    private ColorConversion() {
    }

    static ColorImage toColorImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        Raster raster = image.getRaster();
        ColorModel cm = image.getColorModel();
        int[] rgb = new int[w * h];
        if (cm instanceof IndexColorModel palette) {
            int[] row = new int[w];
            for (int v = 0; v < h; v++) {
                raster.getSamples(0, v, w, 1, 0, row);
                for (int u = 0; u < w; u++) {
                    rgb[v * w + u] = palette.getRGB(row[u]) & 0xFFFFFF;
                }
            }
            return new ColorImage(w, h, rgb);
        }
        boolean grey = raster.getNumBands() <= 2;
        int[] r = new int[w];
        int[] g = grey ? r : new int[w];
        int[] b = grey ? r : new int[w];
        for (int v = 0; v < h; v++) {
            rowOfBand(raster, v, 0, r);
            if (!grey) {
                rowOfBand(raster, v, 1, g);
                rowOfBand(raster, v, 2, b);
            }
            for (int u = 0; u < w; u++) {
                rgb[v * w + u] = r[u] << 16 | g[u] << 8 | b[u];
            }
        }
        return new ColorImage(w, h, rgb);
    }

    /** Row {@code v} of one band, scaled to 0..255. */
    private static void rowOfBand(Raster raster, int v, int band, int[] out) {
        raster.getSamples(0, v, out.length, 1, band, out);
        int bits = raster.getSampleModel().getSampleSize(band);
        if (bits != 8) {
            long max = (1L << bits) - 1;
            for (int i = 0; i < out.length; i++) {
                out[i] = (int) (((out[i] & max) * 255 + max / 2) / max);
            }
        }
    }
}
