package org.spatiallift.engine.ask.text;

/** What a {@link Quantity} measures: a length (its value in metres) or a bare number (a ratio, a count, an hour). */
public enum QuantityKind {
    /** A length with a unit ("2 feet", "50 cm"); values in metres. */
    LENGTH,
    /** A number without a length unit ("2.5 times", "three"); values as written. */
    NUMBER
}
