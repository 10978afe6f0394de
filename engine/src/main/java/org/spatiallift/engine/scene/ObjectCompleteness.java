package org.spatiallift.engine.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of an object the lift saw, from {@link ObjectCompletion}.
 *
 * @param addedPoints points that joined the object's mask points by completion (seat and legs of a chair whose
 *                    mask held only the backrest); 0 when not completed
 * @param truncated   the object's image box touches the image border: part of it may lie outside the picture
 * @param occluded    a nearer surface covers part of the object's image box: part of it may be hidden
 */
public record ObjectCompleteness(int addedPoints, boolean truncated, boolean occluded) {

    /** Not checked (hand-built objects): taken as whole, nothing added. */
    public static final ObjectCompleteness UNCHECKED = new ObjectCompleteness(0, false, false);

    public ObjectCompleteness {
        if (addedPoints < 0) {
            throw new IllegalArgumentException("added points must be >= 0, got " + addedPoints);
        }
    }

    /**
     * True when the whole object is in view, so its box answers questions about its size, height and bounds;
     * a truncated or occluded object answers only questions about where it is.
     */
    public boolean complete() {
        return !truncated && !occluded;
    }

    /** Unit-free words for users ("cut by the image border", "partly hidden"); empty when complete. */
    public List<String> words() {
        List<String> out = new ArrayList<>(2);
        if (truncated) {
            out.add("cut by the image border");
        }
        if (occluded) {
            out.add("partly hidden behind a nearer surface");
        }
        return out;
    }
}
