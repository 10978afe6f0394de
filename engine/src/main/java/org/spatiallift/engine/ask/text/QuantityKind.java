package org.spatiallift.engine.ask.text;

/**
 * What a {@link Quantity} measures: a length (its value in metres), a ratio ("2.5 times"), a clock hour ("3 o'clock")
 * or a bare number (a count, a number without a unit).
 */
public enum QuantityKind {
    /** A length with a unit ("2 feet", "50 cm"); values in metres. */
    LENGTH("m"),
    /** A ratio ("2.5 times", "twice", "3x"); values as written. */
    RATIO("ratio"),
    /** A clock direction ("3 o'clock"); the hour as written. */
    CLOCK("o'clock"),
    /** A number without a unit ("three", "2.5"); values as written. */
    NUMBER(null);

    private final String unit;

    QuantityKind(String unit) {
        this.unit = unit;
    }

    /** The unit of values of this kind: "m", "ratio", "o'clock", or null for a bare number. */
    public String unit() {
        return unit;
    }
}
