package org.spatiallift.engine.perception.mask;

/** How a mask was made. */
public enum MaskMethod {
    /** GrabCut's foreground cut to the depth layer. */
    GRABCUT_AND_DEPTH,
    /** The depth layer alone: GrabCut could not run, or its colour models dropped most of the box centre's layer. */
    DEPTH_ONLY,
    /** A box-prompted segmentation model. */
    MODEL
}
