package org.spatiallift.engine.ask.text;

import java.util.Objects;

/**
 * A quantity read from text ({@link QuantityReader}): "about 2 meters", "1.5-2 m", "3 ft 6 in", "two and a half",
 * "2.5 times", "3 o'clock".
 *
 * @param value the value: metres for {@link QuantityKind#LENGTH}, the number as written for the other kinds; the
 *              middle of the range when a range was given
 * @param low   the range's lower end, same unit as {@code value} (= value when no range was given)
 * @param high  the range's upper end, same unit as {@code value} (= value when no range was given)
 * @param kind  a length, a ratio, a clock hour or a bare number
 * @param start where the quantity starts in the text read, a char index
 * @param end   where it ends (exclusive), a char index
 */
public record Quantity(double value, double low, double high, QuantityKind kind, int start, int end) {

    public Quantity {
        Objects.requireNonNull(kind, "kind");
        if (!(low <= value && value <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("a quantity needs finite low <= value <= high, got " + low + ", "
                    + value + ", " + high);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad text span [" + start + ", " + end + ")");
        }
    }

    /** True when the text gave a range ("1.5-2 m", "between 1 and 2 meters"). */
    public boolean range() {
        return low < high;
    }

    /** True for a length (value in metres). */
    public boolean length() {
        return kind == QuantityKind.LENGTH;
    }

    /** The unit of {@link #value()}: "m" for a length, "ratio", "o'clock", or null for a bare number. */
    public String unit() {
        return kind.unit();
    }

    /** The words this quantity was read from: {@code text}[start, end), {@code text} being the text read. */
    public String written(String text) {
        return text.substring(start, end);
    }

    /** This bare number taken as a length in {@code unit} (value in metres); any other quantity unchanged. */
    public Quantity in(LengthUnit unit) {
        if (kind != QuantityKind.NUMBER) {
            return this;
        }
        return new Quantity(unit.toMetres(value), unit.toMetres(low), unit.toMetres(high), QuantityKind.LENGTH, start,
                end);
    }
}
