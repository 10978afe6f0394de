package org.spatiallift.engine.ask.text;

/**
 * A unit of length that text may use ({@link QuantityReader}), with its size in metres (inch, foot and yard exact by
 * definition).
 */
public enum LengthUnit {
    MILLIMETRE("mm", 0.001),
    CENTIMETRE("cm", 0.01),
    METRE("m", 1.0),
    KILOMETRE("km", 1000.0),
    INCH("in", 0.0254),
    FOOT("ft", 0.3048),
    YARD("yd", 0.9144);

    private final String symbol;
    private final double metres;

    LengthUnit(String symbol, double metres) {
        this.symbol = symbol;
        this.metres = metres;
    }

    /** The unit's symbol ("m", "ft"). */
    public String symbol() {
        return symbol;
    }

    /** Metres per one of this unit. */
    public double metres() {
        return metres;
    }

    /** {@code value} of this unit in metres. */
    public double toMetres(double value) {
        return value * metres;
    }
}
