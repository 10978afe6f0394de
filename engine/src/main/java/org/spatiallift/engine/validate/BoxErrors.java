package org.spatiallift.engine.validate;

/**
 * How far an object's box is from its annotated box, both in the canonical frame.
 *
 * @param centreDistanceM       distance between the box centres, metres
 * @param lengthRatio           our longer footprint side / the annotated longer footprint side
 * @param widthRatio            our shorter footprint side / the annotated shorter one
 * @param heightRatio           our height (z extent) / the annotated height
 * @param heightM               our height, metres
 * @param trueHeightM           the annotated height, metres
 * @param bottomAboveFloorM     our box bottom above the floor, metres
 * @param trueBottomAboveFloorM the annotated box bottom above the true floor, metres (NaN without a true floor)
 * @param seenWhole             our object is seen whole (not cut by the image border, not partly hidden), so its box
 *                              is meant to measure its size; a partly seen one answers only position questions
 */
public record BoxErrors(double centreDistanceM, double lengthRatio, double widthRatio, double heightRatio,
                        double heightM, double trueHeightM, double bottomAboveFloorM, double trueBottomAboveFloorM,
                        boolean seenWhole) {
}
