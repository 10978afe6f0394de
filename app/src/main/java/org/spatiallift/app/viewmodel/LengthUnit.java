package org.spatiallift.app.viewmodel;

/** How lengths are shown: metres only, or metres with feet beside them. */
public enum LengthUnit {
    METRES("Metres"),
    METRES_AND_FEET("Metres and feet");

    public static final double METRES_PER_FOOT = 0.3048;

    private final String label;

    LengthUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
