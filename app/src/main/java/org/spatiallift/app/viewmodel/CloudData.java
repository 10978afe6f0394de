package org.spatiallift.app.viewmodel;

/**
 * Points to draw, in the canonical frame (metres, z up): point i is (xyz[3i], xyz[3i+1], xyz[3i+2]) with colour rgb[i]
 * (0xRRGGBB). {@code totalPoints} is the size of the cloud this was drawn from (it may be a subset).
 */
public record CloudData(int count, float[] xyz, int[] rgb, int totalPoints) {
}
