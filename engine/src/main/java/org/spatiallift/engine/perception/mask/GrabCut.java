package org.spatiallift.engine.perception.mask;

import org.opencv.core.Core;
import org.opencv.core.CvException;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.image.ColorImage;

/**
 * OpenCV's GrabCut (Rother, Kolmogorov and Blake, "GrabCut: interactive foreground extraction using iterated graph
 * cuts", SIGGRAPH 2004) on one {@link BoxRegion}: Gaussian mixture colour models (5 components each) for foreground and
 * background, re-estimated over {@code iterations} rounds, each followed by a min-cut of the energy
 * E = U (colour likelihood) + γ·V (contrast-sensitive smoothness between 8-neighbours). Regions larger than
 * {@code maxSide} are scaled down (area averaging) for the cut and the mask scaled back (nearest neighbour).
 * Deterministic: the random generator that seeds the colour models is reset before every cut.
 */
final class GrabCut {

    /** GrabCut's labels for definite and probable foreground. */
    private static final byte FGD = Imgproc.GC_FGD;
    private static final byte PR_FGD = Imgproc.GC_PR_FGD;

    private static final Logger LOG = LoggerFactory.getLogger(GrabCut.class);
    private static final int RNG_SEED = 0x5EED;

    private GrabCut() {
    }

    /**
     * Foreground flags (1 = foreground) for the region's pixels, row-major, or null when GrabCut cannot run (for
     * example on a region of one flat colour). Starts from the box (GC_INIT_WITH_RECT: outside the box background,
     * inside probable foreground).
     */
    static byte[] run(ColorImage image, BoxRegion r, int iterations, int maxSide) {
        int w = r.width(), h = r.height();
        double scale = Math.min(1.0, (double) maxSide / Math.max(w, h));
        Mat bgr = bgr(image, r);
        Mat mask = new Mat(h, w, CvType.CV_8UC1);
        Mat small = new Mat();
        Mat smallMask = new Mat();
        Mat bgModel = new Mat();
        Mat fgModel = new Mat();
        try {
            Mat img = bgr;
            Mat m = mask;
            int sw = w, sh = h;
            if (scale < 1.0) {
                sw = Math.max(4, (int) Math.round(w * scale));
                sh = Math.max(4, (int) Math.round(h * scale));
                Imgproc.resize(bgr, small, new Size(sw, sh), 0, 0, Imgproc.INTER_AREA);
                img = small;
                m = smallMask;
            }
            // the box in the (scaled) region, at least one pixel inside it on every side
            double sx = (double) sw / w, sy = (double) sh / h;
            int rx0 = Math.max(1, (int) Math.floor((r.boxX0() - r.x0()) * sx));
            int ry0 = Math.max(1, (int) Math.floor((r.boxY0() - r.y0()) * sy));
            int rx1 = Math.min(sw - 1, (int) Math.ceil((r.boxX1() - r.x0()) * sx));
            int ry1 = Math.min(sh - 1, (int) Math.ceil((r.boxY1() - r.y0()) * sy));
            Rect rect = new Rect(rx0, ry0, Math.max(1, rx1 - rx0), Math.max(1, ry1 - ry0));
            // GrabCut seeds its colour models by k-means from OpenCV's thread-local random generator: reset it, so that
            // a box gets the same mask whatever ran before on this thread
            Core.setRNGSeed(RNG_SEED);
            Imgproc.grabCut(img, m, rect, bgModel, fgModel, iterations, Imgproc.GC_INIT_WITH_RECT);
            if (m != mask) {
                Imgproc.resize(m, mask, new Size(w, h), 0, 0, Imgproc.INTER_NEAREST);
            }
            byte[] labels = new byte[w * h];
            mask.get(0, 0, labels);
            for (int t = 0; t < labels.length; t++) {
                labels[t] = (byte) (labels[t] == FGD || labels[t] == PR_FGD ? 1 : 0);
            }
            return labels;
        } catch (CvException e) {
            LOG.debug("GrabCut could not run on the {}x{} region at ({}, {}): {}", w, h, r.x0(), r.y0(), e.getMessage());
            return null;
        } finally {
            bgr.release();
            mask.release();
            small.release();
            smallMask.release();
            bgModel.release();
            fgModel.release();
        }
    }

    /** The region of {@code image} as an 8-bit 3-channel BGR matrix (OpenCV's channel order). */
    private static Mat bgr(ColorImage image, BoxRegion r) {
        int w = r.width(), h = r.height();
        byte[] bytes = new byte[3 * w * h];
        int[] rgb = image.rgb();
        for (int j = 0; j < h; j++) {
            int row = (r.y0() + j) * image.width() + r.x0();
            for (int i = 0; i < w; i++) {
                int c = rgb[row + i];
                int o = 3 * (j * w + i);
                bytes[o] = (byte) c;
                bytes[o + 1] = (byte) (c >> 8);
                bytes[o + 2] = (byte) (c >> 16);
            }
        }
        Mat m = new Mat(h, w, CvType.CV_8UC3);
        m.put(0, 0, bytes);
        return m;
    }
}
