package org.spatiallift.app.viewmodel;

/** A text to show on the image at pixel (u, v) (its mask's centre), in the instance colour 0xRRGGBB. */
public record Caption(int objectId, String text, double u, double v, int rgb) {
}
