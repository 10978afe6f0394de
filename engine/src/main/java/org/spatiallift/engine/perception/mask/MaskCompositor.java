package org.spatiallift.engine.perception.mask;

import java.util.Comparator;
import java.util.List;

/**
 * Paints box masks into one instance label map. Where masks overlap the nearer layer wins — the nearer object hides
 * the farther one in the image — so masks are painted from the farthest layer mode to the nearest (on equal depth,
 * the lower score first, so the better detection wins).
 */
final class MaskCompositor {

    private MaskCompositor() {
    }

    /** Instance ids per image pixel (0 = none) of a {@code width} x {@code height} image. */
    static int[] compose(List<BoxMask> masks, int width, int height) {
        int[] ids = new int[width * height];
        List<BoxMask> order = masks.stream()
                .sorted(Comparator.comparingDouble((BoxMask m) -> -m.layer().modeM()).thenComparingDouble(BoxMask::score))
                .toList();
        for (BoxMask m : order) {
            BoxRegion r = m.region();
            for (int j = 0; j < r.height(); j++) {
                int row = (r.y0() + j) * width + r.x0();
                for (int i = 0; i < r.width(); i++) {
                    if (m.mask()[j * r.width() + i] != 0) {
                        ids[row + i] = m.id();
                    }
                }
            }
        }
        return ids;
    }
}
