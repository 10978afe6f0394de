package org.spatiallift.engine.perception.describe;

import java.util.Locale;

/**
 * A measured attribute that can tell objects of one label apart, in the order they are tried after colour:
 * left/right (canonical x), nearer/farther (canonical y) and size (cube root of the oriented box volume, compared
 * as a ratio, i.e. by ln size).
 */
enum Attribute {
    HORIZONTAL("left/right", "x"),
    DEPTH("nearer/farther", "y"),
    SIZE("size", "size");

    private final String title;
    private final String symbol;

    Attribute(String title, String symbol) {
        this.title = title;
        this.symbol = symbol;
    }

    double value(ObjectTraits t) {
        return switch (this) {
            case HORIZONTAL -> t.x();
            case DEPTH -> t.y();
            case SIZE -> Math.log(Math.max(t.size(), 1e-3));
        };
    }

    /** How far apart a and b must be on this attribute to be told apart by it. */
    double margin(ObjectTraits a, ObjectTraits b, DescribeMargins m) {
        return switch (this) {
            case HORIZONTAL -> Math.max(m.minPositionM(), m.positionShareOfExtent() * (a.extentX() + b.extentX()) / 2);
            case DEPTH -> Math.max(m.minPositionM(), m.positionShareOfExtent() * (a.extentY() + b.extentY()) / 2);
            case SIZE -> Math.log(m.sizeRatio());
        };
    }

    boolean separates(ObjectTraits a, ObjectTraits b, DescribeMargins m) {
        return Math.abs(value(a) - value(b)) >= margin(a, b, m);
    }

    /**
     * The phrase for the object that is lowest (sign −1) or highest (+1) on this attribute among {@code n} objects:
     * "the chair on the left", "the leftmost red chair", "the nearer bottle", "the largest cup".
     *
     * @param color a colour adjective to put before the label, or null
     */
    String phrase(int sign, int n, String color, String label) {
        String noun = color == null ? label : color + " " + label;
        boolean two = n == 2;
        boolean low = sign < 0;
        return switch (this) {
            case HORIZONTAL -> two ? "the " + noun + (low ? " on the left" : " on the right")
                    : (low ? "the leftmost " : "the rightmost ") + noun;
            case DEPTH -> "the " + (two ? (low ? "nearer " : "farther ") : (low ? "nearest " : "farthest ")) + noun;
            case SIZE -> "the " + (two ? (low ? "smaller " : "larger ") : (low ? "smallest " : "largest ")) + noun;
        };
    }

    /**
     * How a and b differ on this attribute against the margin, for ambiguity reasons; where one of them was not
     * measured (a weaker detection without depth), that is the reason.
     */
    String difference(ObjectTraits a, ObjectTraits b, DescribeMargins m) {
        if (Double.isNaN(value(a)) || Double.isNaN(value(b))) {
            return String.format(Locale.ROOT, "%s (%s has no measured %s)", title,
                    (Double.isNaN(value(a)) ? a : b).who(), this == SIZE ? "size" : "position");
        }
        if (this == SIZE) {
            double ratio = Math.max(a.size(), b.size()) / Math.max(1e-3, Math.min(a.size(), b.size()));
            return String.format(Locale.ROOT, "%s (ratio %.2f, needs %.2f)", title, ratio, m.sizeRatio());
        }
        return String.format(Locale.ROOT, "%s (%s differs by %.3f m, needs %.3f m)", title, symbol,
                Math.abs(value(a) - value(b)), margin(a, b, m));
    }
}
