package org.spatiallift.app.viewmodel;

/**
 * A point the user picked in the 3D view: its index in the lifted cloud, its coordinates in the canonical and the
 * camera frame (metres), the object it belongs to (0 for none), and a line of text naming units and frames.
 */
public record PickedPoint(int cloudIndex, double[] canonical, double[] camera, int objectId, String text) {
}
