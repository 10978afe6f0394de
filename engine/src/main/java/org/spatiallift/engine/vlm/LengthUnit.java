package org.spatiallift.engine.vlm;

/** A unit of length a model's answer may use, with its size in metres (inch and foot exact by definition). */
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

    public String symbol() {
        return symbol;
    }

    /** {@code value} of this unit in metres. */
    public double toMetres(double value) {
        return value * metres;
    }
}
