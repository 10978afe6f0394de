package org.spatiallift.engine.perception.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges the boxes of several {@link DetectionWindow}s of one image into one list, best score first:
 * <ol>
 *   <li>a box cut by a window's inner edge (its side within {@value #EDGE_PX} px of a window edge that is not the
 *       image border) is dropped when a box of the same class from another window covers at least
 *       {@value #COVERED} of its area and is larger — the object is whole there;</li>
 *   <li>{@link DuplicateSuppression} over the rest (the same object found in two overlapping windows).</li>
 * </ol>
 */
public final class TileMerge {

    static final double EDGE_PX = 1.5;
    static final double COVERED = 0.5;

    /** A detection and the window it came from. */
    public record Found(Detection detection, DetectionWindow window) {
    }

    private TileMerge() {
    }

    /** The merged detections, best first, at most {@code max}. */
    public static List<Detection> merge(List<Found> found, int imageW, int imageH, int max) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingDouble((Found f) -> -f.detection().score()));
        List<Detection> whole = new ArrayList<>(sorted.size());
        for (Found f : sorted) {
            if (!cut(f, imageW, imageH) || !wholeElsewhere(f, sorted)) {
                whole.add(f.detection());
            }
        }
        List<Detection> kept = DuplicateSuppression.apply(whole);
        return kept.size() > max ? List.copyOf(kept.subList(0, max)) : kept;
    }

    static boolean cut(Found f, int imageW, int imageH) {
        DetectionWindow w = f.window();
        boolean[] inner = w.innerEdges(imageW, imageH);
        PixelBox b = f.detection().box();
        return inner[0] && b.x0() - w.x() <= EDGE_PX || inner[1] && b.y0() - w.y() <= EDGE_PX
                || inner[2] && w.x() + w.width() - b.x1() <= EDGE_PX || inner[3] && w.y() + w.height() - b.y1() <= EDGE_PX;
    }

    private static boolean wholeElsewhere(Found f, List<Found> all) {
        PixelBox b = f.detection().box();
        double area = b.width() * b.height();
        for (Found o : all) {
            if (o == f || o.window().equals(f.window()) || o.detection().classId() != f.detection().classId()) {
                continue;
            }
            PixelBox c = o.detection().box();
            double ix = Math.min(b.x1(), c.x1()) - Math.max(b.x0(), c.x0());
            double iy = Math.min(b.y1(), c.y1()) - Math.max(b.y0(), c.y0());
            if (ix > 0 && iy > 0 && ix * iy >= COVERED * area && c.width() * c.height() > area) {
                return true;
            }
        }
        return false;
    }
}
