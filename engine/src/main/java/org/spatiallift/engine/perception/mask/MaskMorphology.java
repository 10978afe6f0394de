package org.spatiallift.engine.perception.mask;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Morphological clean-up of a binary region mask (1 = object): an opening with a 3x3 ellipse (erosion then dilation:
 * removes specks and one-pixel bridges), then the connected components (8-connectivity) — the largest is kept, and
 * any other with at least {@value #KEEP_SHARE} of its area (an object cut in two by a thin occluder such as a table
 * leg stays whole) — then a closing with a 5x5 ellipse (dilation then erosion: fills pinholes and one-pixel cracks).
 */
final class MaskMorphology {

    /** Components at least this share of the largest one's area are kept. */
    static final double KEEP_SHARE = 0.3;

    private MaskMorphology() {
    }

    /** The cleaned mask of a {@code w} x {@code h} region (a new array; 1 = object, 0 = not). */
    static byte[] clean(byte[] mask, int w, int h) {
        Mat m = new Mat(h, w, CvType.CV_8UC1);
        Mat opened = new Mat();
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        Mat kept = new Mat(h, w, CvType.CV_8UC1);
        Mat closed = new Mat();
        Mat small = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(3, 3));
        Mat large = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(5, 5));
        try {
            m.put(0, 0, mask);
            Imgproc.morphologyEx(m, opened, Imgproc.MORPH_OPEN, small);
            int count = Imgproc.connectedComponentsWithStats(opened, labels, stats, centroids, 8, CvType.CV_32S);
            int largest = 0;
            int[] areas = new int[count];
            for (int c = 1; c < count; c++) {
                areas[c] = (int) stats.get(c, Imgproc.CC_STAT_AREA)[0];
                largest = Math.max(largest, areas[c]);
            }
            int[] ids = new int[w * h];
            labels.get(0, 0, ids);
            byte[] out = new byte[w * h];
            for (int t = 0; t < ids.length; t++) {
                int c = ids[t];
                if (c > 0 && areas[c] >= KEEP_SHARE * largest) {
                    out[t] = 1;
                }
            }
            kept.put(0, 0, out);
            Imgproc.morphologyEx(kept, closed, Imgproc.MORPH_CLOSE, large);
            closed.get(0, 0, out);
            return out;
        } finally {
            m.release();
            opened.release();
            labels.release();
            stats.release();
            centroids.release();
            kept.release();
            closed.release();
            small.release();
            large.release();
        }
    }
}
