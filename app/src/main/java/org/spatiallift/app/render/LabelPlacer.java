package org.spatiallift.app.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places labels over a view so that none overlaps another or a kept-clear area (a legend) and every one lies inside the
 * view. Greedy by priority (then by order given): each label takes the first free candidate among the places touching
 * its anchor (above right, as unplaced labels sit, then above left, below right, below left, above, below, right,
 * left), those shifted into the view, then places further out along the same directions, which are "moved" and get a
 * leader line. A label whose anchor is off the view, or that finds no free place, is hidden: the least important lose
 * first. The usual point-feature label placement (Imhof 1975; greedy candidate positions, Christensen, Marks &amp;
 * Shieber 1995).
 */
public final class LabelPlacer {

    /** Gap between an anchor and a label placed beside it, px. */
    static final double GAP = 3;
    /** Farther than this from its anchor a label counts as moved (leader line), px. */
    static final double MOVED_PX = 8;
    private static final int RINGS = 4;

    private LabelPlacer() {
    }

    /**
     * Spots for {@code labels} (same order) in a view of {@code width} × {@code height} px, avoiding {@code keepClear}.
     */
    public static List<LabelSpot> place(List<LabelRequest> labels, double width, double height,
                                        List<ScreenBox> keepClear) {
        List<LabelSpot> spots = new ArrayList<>(labels.size());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            spots.add(LabelSpot.hidden(labels.get(i)));
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> labels.get(i).priority()));
        List<ScreenBox> taken = new ArrayList<>(keepClear);
        for (int i : order) {
            LabelRequest r = labels.get(i);
            if (!(r.anchorX() >= 0 && r.anchorY() >= 0 && r.anchorX() <= width && r.anchorY() <= height)
                    || r.width() > width || r.height() > height) {
                continue;
            }
            for (ScreenBox c : candidates(r, width, height)) {
                if (c.inside(width, height) && taken.stream().noneMatch(c::overlaps)) {
                    taken.add(c);
                    spots.set(i, new LabelSpot(c, true, c.distanceTo(r.anchorX(), r.anchorY()) > MOVED_PX));
                    break;
                }
            }
        }
        return spots;
    }

    /** The places to try, best first: beside the anchor, the same shifted into the view, then farther out. */
    static List<ScreenBox> candidates(LabelRequest r, double width, double height) {
        double ax = r.anchorX(), ay = r.anchorY(), w = r.width(), h = r.height();
        // directions as (left edge, top edge) of a box beside the anchor, by how far out (ring 0 touches it)
        List<ScreenBox> beside = new ArrayList<>();
        for (int ring = 0; ring <= RINGS; ring++) {
            double dy = ring * (h + GAP), dx = ring * (h + GAP);
            beside.add(new ScreenBox(ax + GAP + dx, ay - h - GAP - dy, w, h));
            beside.add(new ScreenBox(ax - GAP - w - dx, ay - h - GAP - dy, w, h));
            beside.add(new ScreenBox(ax + GAP + dx, ay + GAP + dy, w, h));
            beside.add(new ScreenBox(ax - GAP - w - dx, ay + GAP + dy, w, h));
            beside.add(new ScreenBox(ax - w / 2, ay - h - GAP - dy, w, h));
            beside.add(new ScreenBox(ax - w / 2, ay + GAP + dy, w, h));
            beside.add(new ScreenBox(ax + 2 * GAP + dx, ay - h / 2, w, h));
            beside.add(new ScreenBox(ax - 2 * GAP - w - dx, ay - h / 2, w, h));
            if (ring == 0) {
                List<ScreenBox> shifted = beside.stream().map(b -> shiftInside(b, width, height)).toList();
                beside.addAll(shifted);
            }
        }
        return beside;
    }

    /** {@code b} moved the least distance that puts it inside {@code [0, width] × [0, height]}. */
    private static ScreenBox shiftInside(ScreenBox b, double width, double height) {
        double x = Math.max(0, Math.min(width - b.width(), b.x()));
        double y = Math.max(0, Math.min(height - b.height(), b.y()));
        return new ScreenBox(x, y, b.width(), b.height());
    }
}
