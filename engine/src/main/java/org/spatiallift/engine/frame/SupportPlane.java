package org.spatiallift.engine.frame;

/**
 * A horizontal plane below the camera, a candidate to stand the scene on.
 *
 * @param fit        the plane (normal pointing away from the camera) and its inliers in the cloud
 * @param planeIndex its index in the segmenter's plane list, or −1 when it was found along gravity
 *                   ({@link HorizontalPlaneSearch})
 * @param heightM    the camera's height above it along gravity: the median of g·p over its inliers, metres
 */
record SupportPlane(PlaneFit fit, int planeIndex, double heightM) {
}
