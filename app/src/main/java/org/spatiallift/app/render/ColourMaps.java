package org.spatiallift.app.render;

/** Colour maps for values and instances, as 0xRRGGBB. */
public final class ColourMaps {

    /** A rainbow from blue (near, low) over green and yellow to dark red (far, high), after Turbo (Mikhailov 2019). */
    private static final int[] HEAT_STOPS = {0x30123B, 0x4145AB, 0x4675ED, 0x1BCFD4, 0x61FC6C, 0xD2E935, 0xFE9B2D,
        0xDA3907, 0x7A0403};
    /** 256 entries of the heat map, for legends and fast look-up. */
    private static final int[] HEAT_TABLE = table();

    private ColourMaps() {
    }

    /** The heat colour of {@code t} in [0, 1] (clamped). */
    public static int heat(double t) {
        double c = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        return HEAT_TABLE[(int) Math.round(c * 255)];
    }

    /** The 256-entry heat table, entry 0 for t = 0 and 255 for t = 1. */
    public static int[] heatTable() {
        return HEAT_TABLE.clone();
    }

    /**
     * A distinct, bright colour for instance {@code id} ≥ 1: hues spaced by the golden angle (137.5°) so neighbouring
     * ids differ, saturation 0.7, value 0.95.
     */
    public static int instance(int id) {
        double hue = (id * 137.508) % 360.0;
        return hsv(hue, 0.7, 0.95);
    }

    /** HSV (hue in degrees, saturation and value in [0, 1]) to 0xRRGGBB. */
    public static int hsv(double hueDeg, double s, double v) {
        double h = ((hueDeg % 360) + 360) % 360 / 60.0;
        int sector = (int) Math.floor(h);
        double f = h - sector;
        double p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
        double[] rgb = switch (sector) {
            case 0 -> new double[] {v, t, p};
            case 1 -> new double[] {q, v, p};
            case 2 -> new double[] {p, v, t};
            case 3 -> new double[] {p, q, v};
            case 4 -> new double[] {t, p, v};
            default -> new double[] {v, p, q};
        };
        return rgb(rgb[0], rgb[1], rgb[2]);
    }

    private static int rgb(double r, double g, double b) {
        return (int) Math.round(r * 255) << 16 | (int) Math.round(g * 255) << 8 | (int) Math.round(b * 255);
    }

    private static int[] table() {
        int[] t = new int[256];
        int segments = HEAT_STOPS.length - 1;
        for (int i = 0; i < 256; i++) {
            double x = i / 255.0 * segments;
            int s = Math.min(segments - 1, (int) Math.floor(x));
            double f = x - s;
            int a = HEAT_STOPS[s], b = HEAT_STOPS[s + 1];
            t[i] = lerp(a >> 16, b >> 16, f) << 16 | lerp(a >> 8, b >> 8, f) << 8 | lerp(a, b, f);
        }
        return t;
    }

    private static int lerp(int a, int b, double f) {
        return (int) Math.round((a & 0xFF) + ((b & 0xFF) - (a & 0xFF)) * f);
    }
}
