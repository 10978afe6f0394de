package org.spatiallift.engine.perception.describe;

/**
 * One shade of the colour-name table.
 *
 * @param shade    the shade's own name ("navy")
 * @param reported the name it is reported as ("blue")
 * @param rgb      its sRGB centre 0xRRGGBB
 * @param lab      that centre in CIELAB (L*, a*, b*)
 */
public record ColorName(String shade, String reported, int rgb, double[] lab) {
}
