package org.spatiallift.app.render;

/**
 * Where a label was placed: its {@code box} in view pixels, whether it is shown, and whether it was moved away from
 * its anchor (then it wants a leader line from the anchor to the box's nearest point).
 */
public record LabelSpot(ScreenBox box, boolean visible, boolean moved) {

    /** A label not shown: its anchor is off the view, or no free place was left for it. */
    static LabelSpot hidden(LabelRequest r) {
        return new LabelSpot(new ScreenBox(r.anchorX(), r.anchorY(), r.width(), r.height()), false, false);
    }
}
