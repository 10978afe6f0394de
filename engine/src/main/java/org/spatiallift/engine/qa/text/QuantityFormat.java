package org.spatiallift.engine.qa.text;

import org.spatiallift.engine.qa.Units;

/**
 * Quantities in words, rounded as a person would say them. No String.format and no boxing: this runs for every
 * quantitative QA.
 * <ul>
 *   <li>metric: below 1 m in centimetres (whole below 20 cm, else to the nearest 5 cm: "45 centimeters"); from 1 m to
 *       10 m to 0.1 m ("1.2 meters", "3 meters"); beyond, whole metres;</li>
 *   <li>imperial: below 3 ft in whole inches ("18 inches"); from 3 ft to 10 ft to the nearest half foot
 *       ("4.5 feet"); beyond, whole feet. 1 ft = 0.3048 m, 1 in = 0.0254 m;</li>
 *   <li>both: metric, then imperial in brackets ("1.2 meters (4 feet)");</li>
 *   <li>ratios to 0.1 below 10 ("2.5"), whole above; clock hours as "3 o'clock"; counts as whole numbers.</li>
 * </ul>
 */
public final class QuantityFormat {

    public static final double METRES_PER_FOOT = 0.3048;
    public static final double METRES_PER_INCH = 0.0254;

    private QuantityFormat() {
    }

    /** Appends {@code metres} as a length in {@code units}. */
    public static void appendLength(StringBuilder sb, double metres, Units units) {
        switch (units) {
            case METRIC -> appendMetric(sb, metres);
            case IMPERIAL -> appendImperial(sb, metres);
            case BOTH -> {
                appendMetric(sb, metres);
                sb.append(" (");
                appendImperial(sb, metres);
                sb.append(')');
            }
        }
    }

    public static String length(double metres, Units units) {
        StringBuilder sb = new StringBuilder(24);
        appendLength(sb, metres, units);
        return sb.toString();
    }

    static void appendMetric(StringBuilder sb, double m) {
        double cm = m * 100;
        if (cm < 19.5) {
            long n = Math.max(1, Math.round(cm));
            sb.append(n).append(n == 1 ? " centimeter" : " centimeters");
            return;
        }
        long fives = Math.round(cm / 5) * 5;
        if (fives < 100) {
            sb.append(fives).append(" centimeters");
            return;
        }
        long tenths = Math.round(m * 10);
        if (tenths < 100) {
            appendTenths(sb, tenths);
            sb.append(tenths == 10 ? " meter" : " meters");
            return;
        }
        sb.append(Math.round(m)).append(" meters");
    }

    static void appendImperial(StringBuilder sb, double m) {
        long inches = Math.round(m / METRES_PER_INCH);
        if (inches < 36) {
            long n = Math.max(1, inches);
            sb.append(n).append(n == 1 ? " inch" : " inches");
            return;
        }
        double feet = m / METRES_PER_FOOT;
        long halves = Math.round(feet * 2);
        if (halves < 20) {
            sb.append(halves / 2);
            if (halves % 2 != 0) {
                sb.append(".5");
            }
            sb.append(" feet");
            return;
        }
        sb.append(Math.round(feet)).append(" feet");
    }

    /** Appends a ratio: to 0.1 below 10, whole numbers from 10. */
    public static void appendRatio(StringBuilder sb, double r) {
        long tenths = Math.round(r * 10);
        if (tenths < 100) {
            appendTenths(sb, tenths);
        } else {
            sb.append(Math.round(r));
        }
    }

    /** The stated value of a ratio as written ({@link #appendRatio}), e.g. 2.5. */
    public static double roundedRatio(double r) {
        long tenths = Math.round(r * 10);
        return tenths < 100 ? tenths / 10.0 : Math.round(r);
    }

    /** "3 o'clock". */
    public static void appendClock(StringBuilder sb, int hour) {
        sb.append(hour).append(" o'clock");
    }

    private static void appendTenths(StringBuilder sb, long tenths) {
        sb.append(tenths / 10);
        if (tenths % 10 != 0) {
            sb.append('.').append(tenths % 10);
        }
    }
}
