package org.spatiallift.engine.vlm;

/**
 * A number read out of free text, with its unit.
 *
 * @param value   the value: metres for a length (converted from the unit written), else as written; for a range, its
 *                midpoint
 * @param lo      a range's lower end, same unit; NaN when not a range
 * @param hi      a range's upper end, same unit; NaN when not a range
 * @param unit    {@link #METRES} for a length, {@link #RATIO} ("2 times"), {@link #CLOCK} ("3 o'clock"), or null for a
 *                bare number
 * @param written the words it was read from, normalised ("about 3 ft 6 in" → "3 ft 6 in")
 */
public record Quantity(double value, double lo, double hi, String unit, String written) {

    public static final String METRES = "m";
    public static final String RATIO = "ratio";
    public static final String CLOCK = "o'clock";

    /** True for a range ("1.5-2 m"). */
    public boolean range() {
        return !Double.isNaN(lo);
    }

    /** True for a length (value in metres). */
    public boolean length() {
        return METRES.equals(unit);
    }
}
