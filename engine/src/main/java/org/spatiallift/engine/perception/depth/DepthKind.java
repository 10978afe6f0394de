package org.spatiallift.engine.perception.depth;

/** What a depth model's values are. */
public enum DepthKind {
    /** Depth along the optical axis in metres. */
    METRIC_METRES,
    /** Relative inverse depth (disparity-like: larger = nearer), unknown scale and shift. */
    RELATIVE_INVERSE
}
