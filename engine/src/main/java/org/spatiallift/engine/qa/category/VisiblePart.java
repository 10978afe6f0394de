package org.spatiallift.engine.qa.category;

import java.util.Set;

/**
 * The categories a truncated or occluded object can answer: those that use only on which side of another object or of
 * the camera it is (left / right, in front / behind, which is nearer, clock direction) and how far it is from the
 * camera, never how big it is, where it ends or how many metres lie between its centre and another's. Its distance
 * from the camera is measured to its visible part: at room distances that stays within the stated tolerance of the
 * whole object's (10 of 10 such QA judged valid on ../shared/data/annotated), while lengths between two centres do
 * not (a bed cut by the border is centred up to a metre off). The visible part of an object cut by the image border
 * or hidden behind a nearer surface places it roughly; its box centre is not its centre (a bed cut by the border is
 * centred up to a metre off), so stated lengths between centres are left to whole objects too.
 * Every other category — sizes, heights, widths, depths, elevation, vertical distance, above / below, on top of,
 * near (closest points), gap, bigger / taller / … and any category added later — needs each object whole.
 */
final class VisiblePart {

    /** Categories answered from the objects' centres alone. */
    static final Set<String> ANSWERS = Set.of(
            "left_of", "right_of", "in_front_of", "behind",
            "choose_left", "choose_right", "choose_front", "choose_behind",
            "distance_from_camera", "clock_direction", "closest_to", "order_by_distance", "count_left_of");

    private VisiblePart() {
    }
}
