package org.spatiallift.engine.scene;

import org.spatiallift.engine.cloud.PointCloud;

/**
 * Whether a nearer surface hides an object's base: the lowest rows of its image outline (the bottom
 * {@value #BAND_SHARE} of its height in the image, at least {@value #MIN_BAND_ROWS} rows) look down onto something nearer.
 * A floor lamp behind a potted plant shows only its shade and the top of its pole: few of its outline pixels border
 * the plant (so the share rule of {@link ObjectCompletion} misses it), but all of its lowest ones do, and its box
 * measures 0.77 m of a 1.25 m lamp, "lifted 0.48 m off the floor". The floor under a standing object, or the table
 * top under a mug (nearer by a few centimetres only), hides nothing.
 */
final class BaseOcclusion {

    /** Share of the object's image height, from its lowest row up, taken as its base. */
    static final double BAND_SHARE = 0.10;
    static final int MIN_BAND_ROWS = 2;
    /** Share of the base's downward-facing outline pixels that must see a nearer surface below them. */
    static final double HIDDEN_SHARE = 0.5;
    /** Fewer downward-facing base pixels than this say nothing. */
    static final int MIN_BASE_PIXELS = 3;

    private BaseOcclusion() {
    }

    /**
     * True when at least {@link #HIDDEN_SHARE} of the downward-facing outline pixels in the object's lowest image rows
     * see, within {@code reachPx} pixels below, a point that is not the object's, not on the support plane, and nearer
     * by max({@code marginM}, {@code relative}·z).
     */
    static boolean hidden(int[] joined, int stamp, CompletionScene s, int[] pointAt, boolean[] onSupport, int[] mark,
                          int reachPx, double marginM, double relative) {
        int w = s.width(), h = s.height();
        PointCloud cam = s.cloudCamera();
        int top = Integer.MAX_VALUE, bottom = -1;
        for (int i : joined) {
            int y = cam.pixel()[i] / w;
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
        }
        if (bottom < 0) {
            return false;
        }
        int from = bottom - Math.max(MIN_BAND_ROWS, (int) Math.ceil(BAND_SHARE * (bottom - top + 1))) + 1;
        int base = 0, seen = 0;
        for (int i : joined) {
            int pixel = cam.pixel()[i];
            int px = pixel % w, py = pixel / w;
            if (py < from || py + 1 >= h) {
                continue;
            }
            int below = pointAt[(py + 1) * w + px];
            if (below >= 0 && mark[below] == stamp) {
                continue; // not on the outline's underside
            }
            base++;
            float zi = cam.z(i);
            double margin = Math.max(marginM, relative * zi);
            for (int k = 1; k <= reachPx && py + k < h; k++) {
                int j = pointAt[(py + k) * w + px];
                if (j < 0 || mark[j] == stamp) {
                    continue;
                }
                if (cam.z(j) < zi - margin && !onSupport[j]) {
                    seen++;
                }
                break;
            }
        }
        return base >= MIN_BASE_PIXELS && seen >= HIDDEN_SHARE * base;
    }
}
