package org.spatiallift.engine.ask.answer;

import java.util.Locale;

import org.spatiallift.engine.ask.Interval;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.text.QuantityFormat;

/**
 * An interval in words, finer than the rounded answer so that its ends differ: lengths below 1 m in whole
 * centimetres ("38–47 cm"), else metres to 0.01 m ("1.12–1.31 m"); imperial below 3 ft in whole inches, else feet to
 * 0.1 ft; both: metric then imperial in brackets. Ratios to 0.01, clock hours and counts whole (one number when
 * both ends round to it).
 */
public final class IntervalText {

    private IntervalText() {
    }

    public static String of(Interval i, String unit, Units units) {
        return switch (unit) {
            case Category.METRES -> switch (units) {
                case METRIC -> metric(i);
                case IMPERIAL -> imperial(i);
                case BOTH -> metric(i) + " (" + imperial(i) + ")";
            };
            case Category.RATIO -> String.format(Locale.ROOT, "%.2f–%.2f", i.lo(), i.hi());
            case Category.CLOCK -> hour(i.lo()) == hour(i.hi()) ? hour(i.lo()) + " o'clock"
                    : hour(i.lo()) + "–" + hour(i.hi()) + " o'clock";
            default -> Math.round(i.lo()) == Math.round(i.hi()) ? String.valueOf(Math.round(i.lo()))
                    : Math.round(i.lo()) + "–" + Math.round(i.hi());
        };
    }

    private static String metric(Interval i) {
        if (i.hi() < 1) {
            return Math.round(i.lo() * 100) + "–" + Math.round(i.hi() * 100) + " cm";
        }
        return String.format(Locale.ROOT, "%.2f–%.2f m", i.lo(), i.hi());
    }

    private static String imperial(Interval i) {
        double loIn = i.lo() / QuantityFormat.METRES_PER_INCH, hiIn = i.hi() / QuantityFormat.METRES_PER_INCH;
        if (hiIn < 36) {
            return Math.round(loIn) + "–" + Math.round(hiIn) + " in";
        }
        return String.format(Locale.ROOT, "%.1f–%.1f ft", i.lo() / QuantityFormat.METRES_PER_FOOT,
                i.hi() / QuantityFormat.METRES_PER_FOOT);
    }

    private static long hour(double h) {
        long r = Math.floorMod(Math.round(h), 12);
        return r == 0 ? 12 : r;
    }
}
