package org.spatiallift.app.viewmodel;

/**
 * Colours of the drawn points in one mode: {@code argb[k]} (0xFFRRGGBB, opaque) for drawn point k, computed once off
 * the UI thread, and the legend of the mode (null for RGB).
 */
public record CloudColours(ColourMode mode, int[] argb, ColourLegend legend) {
}
