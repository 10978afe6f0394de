package org.spatiallift.engine.qa.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a referring expression can state about its object, and what a question category asks: left/right position,
 * nearer/farther (depth along the view and distances), size, and height above another. A description must not state
 * what its question asks: "the leftmost chair" in "Is the leftmost chair left of the table?" gives the answer away
 * (a leak), and "The leftmost chair is further right than the table" reads as a contradiction, because "leftmost" is
 * among chairs only. One rule, used by generation and by the tests that count leaks. Aspects are bits of an int mask.
 */
public enum Aspect {
    HORIZONTAL, DEPTH, SIZE, VERTICAL;

    /** This aspect's bit. */
    public int bit() {
        return 1 << ordinal();
    }

    private static final Map<String, Aspect> WORDS = words();

    /**
     * The aspects {@code expression} states, as a mask, read from its words: left, right, leftmost, rightmost →
     * horizontal; near(er/est), far(ther/thest), closer, further … → depth; small(er/est), large(r/st), big, tall,
     * short, wide, thin … → size; upper, lower, top, bottom, higher … → vertical. Colour and the label state none.
     */
    public static int stated(String expression) {
        int mask = 0;
        for (String w : expression.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            Aspect a = WORDS.get(w);
            if (a != null) {
                mask |= a.bit();
            }
        }
        return mask;
    }

    /**
     * The aspects category {@code name} asks about, as a mask: position words in left/right questions, depth words
     * in front/behind and every distance question, size words in size questions, height words in above/below ones.
     * Throws for a name it does not know, so that a new category must be placed here.
     */
    public static int askedBy(String category) {
        return switch (category) {
            case "left_of", "right_of", "choose_left", "choose_right", "left_right_offset", "count_left_of" ->
                    HORIZONTAL.bit();
            case "in_front_of", "behind", "choose_front", "choose_behind", "front_back_offset",
                 "distance_from_camera", "order_by_distance", "centre_distance", "surface_distance",
                 "horizontal_distance", "gap", "near", "closest_to", "equilateral_triangle", "aligned" -> DEPTH.bit();
            case "clock_direction" -> HORIZONTAL.bit() | DEPTH.bit();
            case "wider", "thinner", "taller", "shorter", "bigger", "smaller", "choose_wider", "choose_thinner",
                 "choose_taller", "choose_shorter", "choose_bigger", "choose_smaller", "width", "height", "depth",
                 "height_ratio", "order_by_height" -> SIZE.bit();
            case "above", "below", "choose_above", "choose_below", "on_top_of", "elevation", "vertical_distance" ->
                    VERTICAL.bit();
            default -> throw new IllegalArgumentException("category \"" + category + "\" has no asked aspects in "
                    + "Aspect.askedBy: add it there, or descriptions may give its answer away");
        };
    }

    private static Map<String, Aspect> words() {
        Map<String, Aspect> m = new HashMap<>();
        for (String w : Set.of("left", "right", "leftmost", "rightmost")) {
            m.put(w, HORIZONTAL);
        }
        for (String w : Set.of("near", "nearer", "nearest", "far", "farther", "farthest", "further", "furthest",
                "closer", "closest")) {
            m.put(w, DEPTH);
        }
        for (String w : Set.of("small", "smaller", "smallest", "large", "larger", "largest", "big", "bigger",
                "biggest", "tall", "taller", "tallest", "short", "shorter", "shortest", "wide", "wider", "widest",
                "thin", "thinner", "thinnest")) {
            m.put(w, SIZE);
        }
        for (String w : Set.of("upper", "lower", "top", "bottom", "higher", "highest", "lowest")) {
            m.put(w, VERTICAL);
        }
        return Map.copyOf(m);
    }
}
