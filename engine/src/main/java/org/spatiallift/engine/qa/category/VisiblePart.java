package org.spatiallift.engine.qa.category;

import java.util.Set;

/**
 * The categories a truncated or occluded object can answer: those that use only where the objects are (their box
 * centres, seen from the camera or from above), never how big they are or where they end. The visible part of an
 * object cut by the image border or hidden behind a nearer surface places it; its box does not measure it.
 * Every other category — sizes, heights, widths, depths, elevation, vertical distance, above / below, on top of,
 * near (closest points), gap, bigger / taller / … and any category added later — needs each object whole.
 */
final class VisiblePart {

    /** Categories answered from the objects' centres alone. */
    static final Set<String> ANSWERS = Set.of(
            "left_of", "right_of", "in_front_of", "behind",
            "choose_left", "choose_right", "choose_front", "choose_behind",
            "centre_distance", "horizontal_distance", "distance_from_camera",
            "left_right_offset", "front_back_offset", "clock_direction",
            "closest_to", "order_by_distance", "count_left_of", "equilateral_triangle", "aligned");

    private VisiblePart() {
    }
}
