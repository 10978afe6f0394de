package org.spatiallift.app.viewmodel;

/** A picture ready to show: width x height pixels, row-major, 0xAARRGGBB. */
public record ImagePixels(int width, int height, int[] argb) {
}
