package org.spatiallift.engine.qa.category;

import static org.spatiallift.engine.qa.geometry.SceneGeometry.X;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Y;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Z;

import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.qa.geometry.Relation;

/**
 * Every QA category, in a fixed order (the order of docs/qa-categories.md and {@code spatiallift categories}).
 * Notation (canonical frame, metres): c = box centre, e = box extent (e.x width across the view, e.y depth along
 * it, e.z height), lo/hi = box bounds, s = cube root of the oriented box volume, camera at (0, 0, h).
 * Margins ({@link org.spatiallift.engine.qa.Margins}): floor, position = max(floor, positionRelative · mean extent
 * along the axis), size = max(floor, sizeRelative · larger value), contact.
 */
public final class Categories {

    private static final String POSITION = "skipped when the centres differ by less than max(floor, position * (e_A.%s + e_B.%s) / 2)";
    private static final String SIZE = "skipped when the values differ by less than max(floor, size * the larger)";
    private static final String ABOVE_MARGIN = "skipped when the height ranges overlap by more than contact, or the "
            + "centres differ by less than max(floor, position * (e_A.z + e_B.z) / 2)";
    private static final String TOUCHING = "the value is below floor (the boxes touch or overlap)";
    private static final List<Category> ALL = build();

    private Categories() {
    }

    /** All categories, in their fixed order. */
    public static List<Category> all() {
        return ALL;
    }

    /** The category called {@code name}; throws naming the known ones otherwise. */
    public static Category byName(String name) {
        for (Category c : ALL) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown QA category \"" + name + "\"; known: "
                + ALL.stream().map(Category::name).toList());
    }

    private static List<Category> build() {
        List<Category> all = new ArrayList<>();
        String px = String.format(POSITION, "x", "x"), py = String.format(POSITION, "y", "y");
        // yes/no
        Category leftOf = new PredicateCategory("left_of", Relation.LEFT, 1, false,
                "A is left of B: c_A.x < c_B.x (x points to the camera's right along the floor)", px);
        all.add(leftOf);
        all.add(new PredicateCategory("right_of", Relation.LEFT, -1, false, "A is right of B: c_A.x > c_B.x", px));
        all.add(new PredicateCategory("above", Relation.ABOVE, 1, true,
                "A is above B: their height ranges [lo.z, hi.z] do not overlap (beyond contact) and c_A.z > c_B.z",
                ABOVE_MARGIN));
        all.add(new PredicateCategory("below", Relation.ABOVE, -1, true,
                "A is below B: their height ranges do not overlap (beyond contact) and c_A.z < c_B.z", ABOVE_MARGIN));
        all.add(new PredicateCategory("in_front_of", Relation.FRONT, 1, false,
                "A is in front of B (nearer the camera): c_A.y < c_B.y (y points forward along the floor)", py));
        all.add(new PredicateCategory("behind", Relation.FRONT, -1, false,
                "A is behind B (farther from the camera): c_A.y > c_B.y", py));
        all.add(new PredicateCategory("wider", Relation.WIDER, 1, false,
                "A is wider than B: e_A.x > e_B.x (width across the view)", SIZE));
        all.add(new PredicateCategory("thinner", Relation.WIDER, -1, false, "A is thinner than B: e_A.x < e_B.x", SIZE));
        all.add(new PredicateCategory("taller", Relation.TALLER, 1, true, "A is taller than B: e_A.z > e_B.z", SIZE));
        all.add(new PredicateCategory("shorter", Relation.TALLER, -1, true, "A is shorter than B: e_A.z < e_B.z", SIZE));
        all.add(new PredicateCategory("bigger", Relation.BIGGER, 1, true,
                "A is bigger than B: s_A > s_B, s = cube root of the oriented box volume x' * y' * z", SIZE));
        all.add(new PredicateCategory("smaller", Relation.BIGGER, -1, true, "A is smaller than B: s_A < s_B", SIZE));
        all.add(new OnTopOfCategory());
        all.add(new NearCategory());
        // choice between two
        all.add(new ChoiceCategory("choose_left", Relation.LEFT, 1, false, "the one of A, B with the smaller c.x", px));
        all.add(new ChoiceCategory("choose_right", Relation.LEFT, -1, false, "the one of A, B with the larger c.x", px));
        all.add(new ChoiceCategory("choose_above", Relation.ABOVE, 1, true,
                "the one of A, B that is higher, when their height ranges do not overlap (larger c.z)", ABOVE_MARGIN));
        all.add(new ChoiceCategory("choose_below", Relation.ABOVE, -1, true,
                "the one of A, B that is lower, when their height ranges do not overlap (smaller c.z)", ABOVE_MARGIN));
        all.add(new ChoiceCategory("choose_front", Relation.FRONT, 1, false,
                "the one of A, B nearer the camera along the floor (smaller c.y)", py));
        all.add(new ChoiceCategory("choose_behind", Relation.FRONT, -1, false,
                "the one of A, B farther from the camera along the floor (larger c.y)", py));
        all.add(new ChoiceCategory("choose_taller", Relation.TALLER, 1, true, "the one of A, B with the larger e.z", SIZE));
        all.add(new ChoiceCategory("choose_shorter", Relation.TALLER, -1, true, "the one of A, B with the smaller e.z", SIZE));
        all.add(new ChoiceCategory("choose_wider", Relation.WIDER, 1, false, "the one of A, B with the larger e.x", SIZE));
        all.add(new ChoiceCategory("choose_thinner", Relation.WIDER, -1, false, "the one of A, B with the smaller e.x", SIZE));
        all.add(new ChoiceCategory("choose_bigger", Relation.BIGGER, 1, true, "the one of A, B with the larger s", SIZE));
        all.add(new ChoiceCategory("choose_smaller", Relation.BIGGER, -1, true, "the one of A, B with the smaller s", SIZE));
        // quantitative
        Category centreDistance = new LengthCategory("centre_distance", Arity.TWO, false, null,
                "abs(c_A - c_B): distance between the box centres", (g, a, b) -> g.centreDistance(a, b));
        all.add(centreDistance);
        all.add(new LengthCategory("surface_distance", Arity.TWO, false, TOUCHING,
                "distance between the closest points of the two boxes: sqrt(g_x^2 + g_y^2 + g_z^2), "
                        + "g_k = max(0, lo_A.k - hi_B.k, lo_B.k - hi_A.k)", (g, a, b) -> g.surfaceDistance(a, b)));
        Category horizontalDistance = new LengthCategory("horizontal_distance", Arity.TWO, true, null,
                "distance between the centres along the floor: sqrt((c_A.x - c_B.x)^2 + (c_A.y - c_B.y)^2)",
                (g, a, b) -> g.horizontalDistance(a, b));
        all.add(horizontalDistance);
        all.add(new LengthCategory("vertical_distance", Arity.TWO, true,
                "the centres' heights differ by less than floor",
                "difference in height of the centres: abs(c_A.z - c_B.z)",
                (g, a, b) -> Math.abs(g.centre(a, Z) - g.centre(b, Z))));
        all.add(new LengthCategory("width", Arity.ONE, false, null,
                "e_A.x = hi_A.x - lo_A.x: extent across the view (canonical x)", (g, a, b) -> g.extent(a, X)));
        Category height = new LengthCategory("height", Arity.ONE, true, null,
                "e_A.z = hi_A.z - lo_A.z: vertical extent (canonical z, against gravity)", (g, a, b) -> g.extent(a, Z));
        all.add(height);
        all.add(new LengthCategory("depth", Arity.ONE, false, null,
                "e_A.y = hi_A.y - lo_A.y: extent along the view (canonical y)", (g, a, b) -> g.extent(a, Y)));
        Category cameraDistance = new LengthCategory("distance_from_camera", Arity.ONE, false, null,
                "abs(c_A - (0, 0, h)): distance from the camera centre (h = camera height) to the box centre",
                (g, a, b) -> g.cameraDistance(a));
        all.add(cameraDistance);
        all.add(new LengthCategory("elevation", Arity.ONE, true,
                "A's bottom is less than floor above the floor (it stands on the floor)",
                "lo_A.z: height of A's bottom above the floor (the support plane, z = 0)", (g, a, b) -> g.lo(a, Z)));
        all.add(new OffsetCategory("left_right_offset", X, Relation.LEFT, new String[] {"left", "right"},
                "abs(c_A.x - c_B.x), with 'left' when c_A.x < c_B.x and 'right' otherwise"));
        all.add(new OffsetCategory("front_back_offset", Y, Relation.FRONT, new String[] {"in front of", "behind"},
                "abs(c_A.y - c_B.y), with 'in front of' when c_A.y < c_B.y and 'behind' otherwise"));
        all.add(new HeightRatioCategory());
        all.add(new ClockCategory());
        all.add(new LengthCategory("gap", Arity.TWO, true, "the value is below floor (the footprints touch or overlap)",
                "clear space between the footprints on the floor: sqrt(g_x^2 + g_y^2), g_k = max(0, lo_A.k - hi_B.k, "
                        + "lo_B.k - hi_A.k)", (g, a, b) -> g.footprintGap(a, b)));
        // multi-object
        all.add(new ClosestToCategory(centreDistance));
        all.add(new OrderCategory("order_by_height", true,
                "the three objects from tallest to shortest by e.z; reasoning: the height of each",
                (g, a, b) -> g.extent(a, Z), true, height));
        all.add(new OrderCategory("order_by_distance", false,
                "the three objects from nearest to farthest by distance from the camera abs(c - (0, 0, h)); "
                        + "reasoning: the distance of each", (g, a, b) -> g.cameraDistance(a), false, cameraDistance));
        all.add(new CountLeftOfCategory(leftOf));
        all.add(new TriangleCategory(horizontalDistance));
        all.add(new AlignedCategory(horizontalDistance));
        return List.copyOf(all);
    }
}
