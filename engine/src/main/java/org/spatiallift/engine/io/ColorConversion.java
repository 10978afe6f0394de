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
        int bands = raster.getNumBands();
        if (bands <= 2) {
            int[] g = band(raster, 0);
            for (int i = 0; i < g.length; i++) {
                rgb[i] = g[i] << 16 | g[i] << 8 | g[i];
            }
        } else {
            int[] r = band(raster, 0);
            int[] g = band(raster, 1);
            int[] b = band(raster, 2);
            for (int i = 0; i < r.length; i++) {
                rgb[i] = r[i] << 16 | g[i] << 8 | b[i];
            }
        }
        return new ColorImage(w, h, rgb);
    }

    /** The samples of one band scaled to 0..255. */
    private static int[] band(Raster raster, int band) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int[] s = raster.getSamples(raster.getMinX(), raster.getMinY(), w, h, band, new int[w * h]);
        int bits = raster.getSampleModel().getSampleSize(band);
        if (bits != 8) {
            long max = (1L << bits) - 1;
            for (int i = 0; i < s.length; i++) {
                s[i] = (int) (((s[i] & max) * 255 + max / 2) / max);
            }
        }
        return s;
    }
}
