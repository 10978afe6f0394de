package org.spatiallift.app.render;

/** A filled disc at {@code centre} (canonical metres), {@code radiusM} metres (at least 3 px) across, 0xAARRGGBB. */
public record Marker3(double[] centre, double radiusM, int argb) {
}
