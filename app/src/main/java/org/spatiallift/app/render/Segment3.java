package org.spatiallift.app.render;

/** A line from {@code a} to {@code b} (canonical metres) drawn {@code widthPx} pixels wide in colour 0xAARRGGBB. */
public record Segment3(double[] a, double[] b, int argb, int widthPx) {
}
