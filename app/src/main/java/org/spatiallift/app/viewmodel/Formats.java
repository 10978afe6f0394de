package org.spatiallift.app.viewmodel;

import java.util.Locale;

/** How numbers reach the user: always with their unit, and coordinates with their frame. */
public final class Formats {

    private Formats() {
    }

    /** "(0.412, 1.873, 0.755) m, canonical". */
    public static String point(double[] p, String frame) {
        return String.format(Locale.ROOT, "(%.3f, %.3f, %.3f) m, %s", p[0], p[1], p[2], frame);
    }

    /** "1.234 m", or "1.234 m (4.05 ft)" with feet. */
    public static String length(double metres, LengthUnit unit) {
        String m = String.format(Locale.ROOT, "%.3f m", metres);
        if (unit == LengthUnit.METRES_AND_FEET) {
            return m + String.format(Locale.ROOT, " (%.2f ft)", metres / LengthUnit.METRES_PER_FOOT);
        }
        return m;
    }

    /**
     * A measured distance with its components: "1.234 m · Δx +0.100 m, Δy -0.200 m, Δz +1.000 m, canonical frame"; each
     * in feet too with {@link LengthUnit#METRES_AND_FEET}.
     */
    public static String distance(double metres, double[] delta, LengthUnit unit) {
        StringBuilder sb = new StringBuilder(length(metres, unit)).append(" ·");
        String[] axes = {"Δx", "Δy", "Δz"};
        for (int a = 0; a < 3; a++) {
            sb.append(a == 0 ? " " : ", ").append(axes[a]).append(' ')
                    .append(String.format(Locale.ROOT, "%+.3f m", delta[a]));
            if (unit == LengthUnit.METRES_AND_FEET) {
                sb.append(String.format(Locale.ROOT, " (%+.2f ft)", delta[a] / LengthUnit.METRES_PER_FOOT));
            }
        }
        return sb.append(", canonical frame").toString();
    }

    /** "0.62 x 0.48 x 0.75 m" (x, y, z extents). */
    public static String extents(double[] e, LengthUnit unit) {
        String m = String.format(Locale.ROOT, "%.2f × %.2f × %.2f m", e[0], e[1], e[2]);
        if (unit == LengthUnit.METRES_AND_FEET) {
            double f = LengthUnit.METRES_PER_FOOT;
            m += String.format(Locale.ROOT, " (%.2f × %.2f × %.2f ft)", e[0] / f, e[1] / f, e[2] / f);
        }
        return m;
    }

    /** "12.3 ms". */
    public static String millis(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    /** "2.0 m" for legend ticks: as few decimals as the step needs. */
    public static String metresTick(double metres, double step) {
        int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
        return String.format(Locale.ROOT, "%." + decimals + "f m", metres);
    }
}
