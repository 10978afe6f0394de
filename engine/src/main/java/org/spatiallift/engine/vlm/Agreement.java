package org.spatiallift.engine.vlm;

import java.util.Locale;

import org.spatiallift.engine.ask.text.Quantity;
import org.spatiallift.engine.ask.text.QuantityKind;

/**
 * Whether a model's answer agrees with the measured one. Quantities agree when model / measured lies in
 * [{@link #LOW}, {@link #HIGH}] (lengths compared in metres; a range by its midpoint); clock hours and counts when equal;
 * yes/no and choices when equal.
 *
 * @param agrees      TRUE or FALSE, or null when the model's answer could not be read for this question
 * @param ratio       model / measured for quantities, else NaN
 * @param explanation one line: what was compared ("model 1.8 m vs measured 2.1 m: ratio 0.86, within [0.75, 1.33]")
 */
public record Agreement(Boolean agrees, double ratio, String explanation) {

    public static final double LOW = 0.75;
    public static final double HIGH = 1.33;

    /** How {@code model} compares with {@code measured}. */
    public static Agreement of(VlmAnswer model, GeometricAnswer measured) {
        if (measured.yes() != null) {
            if (model.yes() == null) {
                return unread("the model's answer says neither yes nor no");
            }
            boolean same = model.yes().equals(measured.yes());
            return new Agreement(same, Double.NaN, "model " + word(model.yes()) + ", measured "
                    + word(measured.yes()));
        }
        if (measured.chosen() >= 0) {
            int c = model.chosen(measured.candidates());
            if (c < 0) {
                return unread("the model's answer names none of " + measured.candidates() + ", or several");
            }
            return new Agreement(c == measured.chosen(), Double.NaN, "model chose " + measured.candidates().get(c)
                    + ", measured " + measured.candidates().get(measured.chosen()));
        }
        return quantity(model, measured);
    }

    private static Agreement quantity(VlmAnswer model, GeometricAnswer measured) {
        Quantity q = model.quantity();
        if (q == null) {
            return unread(model.note() != null ? "no value taken: " + model.note() : "the model's answer has no number");
        }
        String unit = measured.unit();
        boolean lengthWanted = QuantityKind.LENGTH.unit().equals(unit);
        if (lengthWanted != q.length()) {
            return unread(lengthWanted ? "the model gave a number without a unit of length (" + model.written(q) + ")"
                    : "the model gave a length (" + model.written(q) + ") for a value in " + unit);
        }
        double m = measured.value();
        String vs = "model " + format(q.value()) + (q.range() ? " (" + model.written(q) + ")" : "") + " vs measured "
                + format(m) + " " + unit;
        String clock = QuantityKind.CLOCK.unit();
        if ("count".equals(unit) || clock.equals(unit)) {
            boolean same = clock.equals(unit) ? Math.floorMod(Math.round(q.value()) - Math.round(m), 12) == 0
                    && q.value() == Math.rint(q.value()) : q.value() == m;
            return new Agreement(same, Double.NaN, vs + (same ? ": equal" : ": different"));
        }
        if (!(m > 0)) {
            return unread("the measured value " + format(m) + " " + unit + " has no ratio");
        }
        double ratio = q.value() / m;
        boolean within = ratio >= LOW && ratio <= HIGH;
        return new Agreement(within, ratio, vs + ": ratio " + format(ratio) + (within ? ", within" : ", outside")
                + " [" + LOW + ", " + HIGH + "]");
    }

    private static Agreement unread(String why) {
        return new Agreement(null, Double.NaN, why);
    }

    private static String word(boolean yes) {
        return yes ? "yes" : "no";
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
