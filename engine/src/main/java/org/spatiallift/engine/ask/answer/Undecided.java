package org.spatiallift.engine.ask.answer;

import static org.spatiallift.engine.qa.geometry.SceneGeometry.X;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Y;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Z;

import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.geometry.Relation;
import org.spatiallift.engine.qa.geometry.SceneGeometry;
import org.spatiallift.engine.qa.text.QuantityFormat;
import org.spatiallift.engine.qa.text.TiePhrases;

/**
 * What an answer says when the measurement does not decide the question (the category's near-tie rule), instead of
 * guessing: the measured quantities and why they are too close to call.
 */
final class Undecided {

    private Undecided() {
    }

    /** "They are about the same height (they differ by 2 centimeters; 5 centimeters is the least taken as a difference)." */
    static String tie(Relation r, SceneGeometry g, int a, int b, Margins m, Units u, boolean yesNo) {
        String s = TiePhrases.of(r);
        double diff = Math.abs(difference(r, g, a, b));
        String detail = " (they differ by " + QuantityFormat.length(diff, u) + ", too little to tell apart)";
        String sentence = s + detail + ".";
        return yesNo ? "No, " + sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** Why category {@code c} has no clear answer for the objects {@code idx}. */
    static String explain(Category c, SceneGeometry g, int[] idx, Margins m, Units u, TemplateText names) {
        String a = names.description(idx[0]);
        String b = idx.length > 1 ? names.description(idx[1]) : null;
        return switch (c.name()) {
            case "above", "below", "choose_above", "choose_below" -> "Neither is clearly above the other: " + a
                    + " spans " + range(g, idx[0], u) + " and " + b + " " + range(g, idx[1], u)
                    + " above the floor, which overlap or lie too close to tell.";
            case "on_top_of" -> "I can't tell whether " + a + " rests on " + b + ": its bottom is "
                    + QuantityFormat.length(Math.abs(g.lo(idx[0], Z) - g.hi(idx[1], Z)), u) + " from the top of " + b
                    + ", between a clear yes and a clear no.";
            case "surface_distance" -> cap(a) + " and " + b + " touch or overlap (less than "
                    + QuantityFormat.length(m.floorM(), u) + " apart).";
            case "gap" -> "Their footprints on the floor touch or overlap (less than " + QuantityFormat.length(m.floorM(), u)
                    + " apart).";
            case "vertical_distance" -> "Their centres are at about the same height (within "
                    + QuantityFormat.length(m.floorM(), u) + ").";
            case "elevation" -> cap(a) + " stands on the floor (its bottom is less than "
                    + QuantityFormat.length(m.floorM(), u) + " above it).";
            case "left_right_offset" -> tie(Relation.LEFT, g, idx[0], idx[1], m, u, false);
            case "front_back_offset" -> tie(Relation.FRONT, g, idx[0], idx[1], m, u, false);
            case "height_ratio" -> cap(b) + " is too flat (less than " + QuantityFormat.length(m.floorM(), u)
                    + " high) to compare heights with.";
            case "clock_direction" -> "Seen from " + a + ", " + b + " is too close, or too near the boundary between "
                    + "two clock hours, to name one.";
            case "near" -> cap(a) + " and " + b + " are " + QuantityFormat.length(g.surfaceDistance(idx[0], idx[1]), u)
                    + " apart at their closest points, too close to the distance asked to say yes or no.";
            case "closest_to" -> "Two of them are about equally close to " + a + ", too close to pick one.";
            case "order_by_height" -> "Two of them are about the same height, so there is no clear order.";
            case "order_by_distance" -> "Two of them are about the same distance from the camera, so there is no "
                    + "clear order.";
            case "count_left_of" -> "Some object is about level with " + a + " from left to right, so I can't count "
                    + "clearly.";
            case "equilateral_triangle" -> "The three are between a clearly even triangle and a clearly uneven one "
                    + "(or two stand too close together).";
            case "aligned" -> "The three are between clearly in line and clearly not (or stand too close together).";
            default -> "Too close to call: " + c.marginRule() + ".";
        };
    }

    private static double difference(Relation r, SceneGeometry g, int a, int b) {
        return switch (r) {
            case LEFT -> g.centre(a, X) - g.centre(b, X);
            case FRONT -> g.centre(a, Y) - g.centre(b, Y);
            case ABOVE -> g.centre(a, Z) - g.centre(b, Z);
            case TALLER -> g.extent(a, Z) - g.extent(b, Z);
            case WIDER -> g.extent(a, X) - g.extent(b, X);
            case BIGGER -> g.size(a) - g.size(b);
        };
    }

    private static String range(SceneGeometry g, int i, Units u) {
        return QuantityFormat.length(Math.max(0, g.lo(i, Z)), u) + " to " + QuantityFormat.length(g.hi(i, Z), u);
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
