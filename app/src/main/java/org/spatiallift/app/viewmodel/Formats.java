package org.spatiallift.app.viewmodel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How numbers reach the user: always with their unit, and coordinates with their frame; in the root locale; never as
 * negative zero ("-0.0 m", "roll -0.0°" read as a sign that means something). Every number the app shows is formatted
 * here or through {@link #format}.
 */
public final class Formats {

    /** A conversion of a format pattern: flags, width, precision (group 1) and the conversion letter (group 2). */
    private static final Pattern CONVERSION = Pattern.compile("%[-#+ 0,(<]*\\d*(?:\\.(\\d+))?([a-zA-Z%])");

    private Formats() {
    }

    /**
     * {@link String#format} in the root locale, with any value that rounds to zero printed without its sign
     * (-0.04 at one decimal is "0.0", not "-0.0").
     */
    public static String format(String pattern, Object... args) {
        Object[] shown = args.clone();
        java.util.regex.Matcher m = CONVERSION.matcher(pattern);
        int next = 0;
        while (m.find() && next < shown.length) {
            char c = Character.toLowerCase(m.group(2).charAt(0));
            if (c == '%' || c == 'n') {
                continue;
            }
            int i = next++;
            if ((c == 'f' || c == 'e') && shown[i] instanceof Number n && (n instanceof Double || n instanceof Float)) {
                int decimals = m.group(1) == null ? 6 : Integer.parseInt(m.group(1));
                double v = n.doubleValue();
                if (Math.abs(v) < 0.5 * Math.pow(10, -decimals)) {
                    shown[i] = 0.0; // rounds to zero: printed without a sign that would mean something
                }
            }
        }
        return String.format(Locale.ROOT, pattern, shown);
    }

    /** "(0.412, 1.873, 0.755) m, canonical". */
    public static String point(double[] p, String frame) {
        return format("(%.3f, %.3f, %.3f) m, %s", p[0], p[1], p[2], frame);
    }

    /** "1.234 m", or "1.234 m (4.05 ft)" with feet. */
    public static String length(double metres, LengthUnit unit) {
        String m = format("%.3f m", metres);
        if (unit == LengthUnit.METRES_AND_FEET) {
            return m + format(" (%.2f ft)", metres / LengthUnit.METRES_PER_FOOT);
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
                    .append(format("%+.3f m", delta[a]));
            if (unit == LengthUnit.METRES_AND_FEET) {
                sb.append(format(" (%+.2f ft)", delta[a] / LengthUnit.METRES_PER_FOOT));
            }
        }
        return sb.append(", canonical frame").toString();
    }

    /** "0.62 x 0.48 x 0.75 m" (x, y, z extents). */
    public static String extents(double[] e, LengthUnit unit) {
        String m = format("%.2f × %.2f × %.2f m", e[0], e[1], e[2]);
        if (unit == LengthUnit.METRES_AND_FEET) {
            double f = LengthUnit.METRES_PER_FOOT;
            m += format(" (%.2f × %.2f × %.2f ft)", e[0] / f, e[1] / f, e[2] / f);
        }
        return m;
    }

    /** "12.3 ms". */
    public static String millis(double ms) {
        return ms >= 100 ? format("%.0f ms", ms) : format("%.1f ms", ms);
    }

    /** "2.0 m" for legend ticks: as few decimals as the step needs. */
    public static String metresTick(double metres, double step) {
        int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
        return format("%." + decimals + "f m", metres);
    }
}
