package org.spatiallift.engine.ask.answer;

import java.util.Map;

import org.spatiallift.engine.qa.category.Category;

/**
 * The one line an answer says about how it was measured: which box faces or centres, in which frame. Every category
 * measures the objects' 3D boxes in the canonical frame; the line names what of the boxes it used.
 */
public final class HowMeasured {

    /** The frame every answer is measured in. */
    public static final String FRAME = "gravity-aligned frame (metres; z up, x right, y forward along the floor, "
            + "origin on the floor below the camera)";
    private static final Map<String, String> WHAT = Map.ofEntries(
            Map.entry("centre_distance", "the straight line between the two box centres"),
            Map.entry("surface_distance", "the gap between the closest faces of the two boxes"),
            Map.entry("horizontal_distance", "the distance between the two box centres projected on the floor"),
            Map.entry("vertical_distance", "the difference in height of the two box centres along gravity"),
            Map.entry("width", "the box from its left face to its right face (across the view)"),
            Map.entry("height", "the box from its bottom face to its top face along gravity"),
            Map.entry("depth", "the box from its front face to its back face (along the view)"),
            Map.entry("distance_from_camera", "the straight line from the camera centre to the box centre"),
            Map.entry("elevation", "the height of the box's bottom face above the floor plane"),
            Map.entry("left_right_offset", "the difference of the two box centres across the view (x)"),
            Map.entry("front_back_offset", "the difference of the two box centres along the floor, away from the "
                    + "camera (y)"),
            Map.entry("height_ratio", "the ratio of the two box heights (bottom to top face, along gravity)"),
            Map.entry("clock_direction", "the bearing from the first box centre to the second on the floor, facing "
                    + "the camera's forward direction"),
            Map.entry("gap", "the clear space between the two boxes' footprints on the floor"),
            Map.entry("near", "the distance between the closest faces of the two boxes, against the distance asked"),
            Map.entry("within", "the distance between the closest faces of each box and the reference's box, against "
                    + "the distance asked"),
            Map.entry("summary", "each box's centre and its extents (width across the view, depth along it, height)"));

    private HowMeasured() {
    }

    /** "Measured: the straight line between the two box centres, in the gravity-aligned frame (…)." */
    public static String of(Category c) {
        return of(c.name(), c.definition());
    }

    /** The line for {@code name} ("within", "summary" or a category), falling back to {@code definition}. */
    public static String of(String name, String definition) {
        return "Measured: " + WHAT.getOrDefault(name, definition) + ", on the objects' 3D boxes in the " + FRAME + ".";
    }
}
