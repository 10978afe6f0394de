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
 * @param sparse      the depth is sparse (a LiDAR scan): a few scan lines of the object's near side, so its box does
 *                    not measure it (a car seen from behind comes out 0.4 m long)
 */
public record ObjectCompleteness(int addedPoints, boolean truncated, boolean occluded, boolean sparse) {

    /** Not checked (hand-built objects): taken as whole, nothing added. */
    public static final ObjectCompleteness UNCHECKED = new ObjectCompleteness(0, false, false);

    /** Seen in dense depth. */
    public ObjectCompleteness(int addedPoints, boolean truncated, boolean occluded) {
        this(addedPoints, truncated, occluded, false);
    }

    public ObjectCompleteness {
        if (addedPoints < 0) {
            throw new IllegalArgumentException("added points must be >= 0, got " + addedPoints);
        }
    }

    /**
     * True when the whole object is in view, so its box answers questions about its size, height and bounds;
     * a truncated or occluded object, or one seen in sparse depth, answers only questions about where it is.
     */
    public boolean complete() {
        return !truncated && !occluded && !sparse;
    }

    /** The same, seen in sparse depth. */
    public ObjectCompleteness inSparseDepth() {
        return new ObjectCompleteness(addedPoints, truncated, occluded, true);
    }

    /** Unit-free words for users ("cut by the image border", "partly hidden"); empty when complete. */
    public List<String> words() {
        List<String> out = new ArrayList<>(3);
        if (truncated) {
            out.add("cut by the image border");
        }
        if (occluded) {
            out.add("partly hidden behind a nearer surface");
        }
        if (sparse) {
            out.add("seen by a few lines of sparse depth");
        }
        return out;
    }
}
