package org.spatiallift.engine.qa.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.spatiallift.engine.qa.QaTestScenes.box;
import static org.spatiallift.engine.qa.QaTestScenes.standing;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaTestScenes;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.geometry.SceneGeometry;

/**
 * Every category's geometry on hand-built boxes with known answers (canonical frame: x right, y forward, z up;
 * camera 1.5 m above the origin). Objects:
 * 0 cabinet: x [-2.2, -1.8], y [3.8, 4.2], z [0, 1.2]  (0.4 wide, 0.4 deep, 1.2 tall, centre (-2, 4, 0.6))
 * 1 table:   x [-0.5, 0.5],  y [1.7, 2.3], z [0, 0.75] (1.0 wide, 0.6 deep, 0.75 tall, centre (0, 2, 0.375))
 * 2 mug:     x [-0.05, 0.05], y [1.95, 2.05], z [0.75, 0.85] (on the table)
 * 3 sofa:    x [1.0, 3.0],  y [4.5, 5.5], z [0, 0.8]   (2.0 wide, 1.0 deep, 0.8 tall, centre (2, 5, 0.4))
 * 4 lamp:    x [-0.2, 0.2],  y [5.8, 6.2], z [1.6, 2.0] (hangs; centre (0, 6, 1.8))
 */
class CategoryGeometryTest {

    private static final List<QaObject> OBJECTS = List.of(
            standing(1, "cabinet", -2, 4, 0.4, 0.4, 1.2),
            standing(2, "table", 0, 2, 1.0, 0.6, 0.75),
            box(3, "mug", -0.05, 1.95, 0.75, 0.05, 2.05, 0.85),
            standing(4, "sofa", 2, 5, 2.0, 1.0, 0.8),
            box(5, "lamp", -0.2, 5.8, 1.6, 0.2, 6.2, 2.0));
    private static final int CABINET = 0, TABLE = 1, MUG = 2, SOFA = 3, LAMP = 4;
    private static final SceneGeometry G = QaTestScenes.scene(OBJECTS).geometry();

    private static Draw draw(int... objects) {
        return new Draw(G, Margins.defaults(), Units.METRIC, new SplittableRandom(1), null).with(objects);
    }

    private static Draw evaluated(String category, int... objects) {
        Draw d = draw(objects);
        assertThat(Categories.byName(category).evaluate(d)).as("%s is decided", category).isTrue();
        return d;
    }

    @ParameterizedTest(name = "{0}({1}, {2}) = {3}")
    @CsvSource(textBlock = """
            left_of,     0, 1, true
            left_of,     3, 1, false
            right_of,    3, 1, true
            right_of,    0, 3, false
            above,       2, 1, true
            above,       4, 3, true
            above,       1, 2, false
            below,       1, 2, true
            below,       4, 0, false
            in_front_of, 1, 0, true
            in_front_of, 3, 1, false
            behind,      4, 1, true
            behind,      1, 3, false
            wider,       3, 1, true
            wider,       0, 1, false
            thinner,     0, 3, true
            taller,      0, 1, true
            taller,      1, 0, false
            shorter,     2, 1, true
            bigger,      3, 2, true
            smaller,     2, 3, true
            smaller,     3, 1, false
            on_top_of,   2, 1, true
            on_top_of,   1, 2, false
            on_top_of,   0, 1, false
            """)
    void yesNoCategoriesAnswerFromTheRightAxis(String category, int a, int b, boolean yes) {
        assertThat(evaluated(category, a, b).yes).isEqualTo(yes);
    }

    @ParameterizedTest(name = "{0}({1}, {2}) undecided")
    @CsvSource(textBlock = """
            left_of,   1, 2
            above,     0, 1
            above,     3, 1
            taller,    3, 1
            on_top_of, 2, 3
            """)
    void nearTiesAndSideBySideObjectsAreSkipped(String category, int a, int b) {
        // table and mug share their centre x; cabinet and table, sofa and table overlap in height; sofa 0.8 m vs
        // table 0.75 m tall is within max(5 cm, 10 % of 0.8 m). on_top_of(mug, sofa) is the contrast: the mug's
        // bottom (0.75 m) is 5 cm from the sofa's top (0.8 m), but the footprints are far apart, so it is a clear no.
        Draw d = draw(a, b);
        boolean decided = Categories.byName(category).evaluate(d);
        if (category.equals("on_top_of")) {
            assertThat(decided).isTrue();
            assertThat(d.yes).isFalse();
        } else {
            assertThat(decided).as("%s(%d, %d)", category, a, b).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}({1}, {2}) picks {3}")
    @CsvSource(textBlock = """
            choose_left,    3, 0, 0
            choose_right,   3, 0, 3
            choose_above,   1, 2, 2
            choose_below,   1, 2, 1
            choose_front,   4, 1, 1
            choose_behind,  4, 1, 4
            choose_taller,  1, 0, 0
            choose_shorter, 1, 0, 1
            choose_wider,   0, 3, 3
            choose_thinner, 0, 3, 0
            choose_bigger,  2, 3, 3
            choose_smaller, 2, 3, 2
            """)
    void choiceCategoriesPickTheRightObject(String category, int a, int b, int chosen) {
        Draw d = evaluated(category, a, b);
        assertThat(d.chosen).isEqualTo(chosen);
        assertThat(d.other).isEqualTo(chosen == a ? b : a);
    }

    @ParameterizedTest(name = "{0}({1}, {2}) = {3}")
    @CsvSource(textBlock = """
            width,                1, -1, 1.0
            depth,                1, -1, 0.6
            height,               1, -1, 0.75
            width,                0, -1, 0.4
            height,               0, -1, 1.2
            depth,                3, -1, 1.0
            elevation,            2, -1, 0.75
            elevation,            4, -1, 1.6
            centre_distance,      1, 3, 3.6055512754639896
            horizontal_distance,  4, 1, 4.0
            vertical_distance,    4, 1, 1.425
            gap,                  1, 3, 2.256103277651009
            gap,                  4, 1, 3.5
            left_right_offset,    0, 1, 2.0
            front_back_offset,    1, 3, 3.0
            height_ratio,         0, 1, 1.6
            height_ratio,         1, 0, 0.625
            """)
    void lengthsAndRatiosAreExactWithoutHiddenFactors(String category, int a, int b, double expected) {
        Draw d = b < 0 ? evaluated(category, a) : evaluated(category, a, b);
        assertThat(d.value).isCloseTo(expected, within(1e-4));
    }

    @Test
    void distanceFromCameraIsFromTheCameraCentreAtItsHeight() {
        // table centre (0, 2, 0.375), camera (0, 0, 1.5): sqrt(4 + 1.125^2)
        assertThat(evaluated("distance_from_camera", TABLE).value).isCloseTo(Math.hypot(2, 1.125), within(1e-12));
    }

    @Test
    void surfaceDistanceAndGapAreBetweenClosestPoints() {
        // table x [-0.5, 0.5] y [1.7, 2.3]; sofa x [1, 3] y [4.5, 5.5]: gaps 0.5 (x) and 2.2 (y), both on the floor
        assertThat(evaluated("surface_distance", TABLE, SOFA).value).isCloseTo(Math.hypot(0.5, 2.2), within(1e-12));
        // lamp z [1.6, 2] above the table top 0.75: 3D gap adds 0.85 m of height, the floor gap does not
        assertThat(evaluated("surface_distance", LAMP, TABLE).value).isCloseTo(Math.hypot(3.5, 0.85), within(1e-12));
        assertThat(evaluated("gap", LAMP, TABLE).value).isCloseTo(3.5, within(1e-12));
        assertThat(Categories.byName("surface_distance").evaluate(draw(MUG, TABLE))).as("touching").isFalse();
    }

    @Test
    void offsetsSayWhichSide() {
        Draw d = evaluated("left_right_offset", CABINET, TABLE);
        assertThat(Categories.byName("left_right_offset").sideWord(d.side)).isEqualTo("left");
        d = evaluated("left_right_offset", SOFA, TABLE);
        assertThat(Categories.byName("left_right_offset").sideWord(d.side)).isEqualTo("right");
        d = evaluated("front_back_offset", TABLE, SOFA);
        assertThat(Categories.byName("front_back_offset").sideWord(d.side)).isEqualTo("in front of");
        d = evaluated("front_back_offset", LAMP, TABLE);
        assertThat(Categories.byName("front_back_offset").sideWord(d.side)).isEqualTo("behind");
    }

    @ParameterizedTest(name = "clock from {0} to {1} = {2}")
    @CsvSource(textBlock = """
            1, 4, 12
            1, 3, 1
            1, 0, 10
            4, 1, 6
            3, 1, 7
            0, 1, 4
            """)
    void clockDirectionCountsFromStraightAheadClockwise(int a, int b, int hour) {
        // table (0, 2) to lamp (0, 6): ahead, 12; to sofa (2, 5): atan2(2, 3) = 33.7° -> 1 o'clock; lamp to table:
        // behind, 6; sofa to table: atan2(-2, -3) = -146.3° -> 7 o'clock; table to cabinet (-2, 4): atan2(-2, 2) =
        // -45° = 10.5 h, exactly between 10 and 11, so skipped both ways.
        Draw d = draw(a, b);
        boolean decided = Categories.byName("clock_direction").evaluate(d);
        if (a == 1 && b == 0 || a == 0 && b == 1) {
            assertThat(decided).as("exactly between two hours").isFalse();
        } else {
            assertThat(decided).isTrue();
            assertThat(d.value).isEqualTo(hour);
        }
    }

    @Test
    void nearComparesTheClosestPointsWithTheStatedDistance() {
        // mug touches the table: within any distance
        Draw d = evaluated("near", MUG, TABLE);
        assertThat(d.yes).isTrue();
        assertThat(d.thresholdText).isNotBlank();
        // cabinet and sofa: gaps 3.2 m in x, 0.3 m in y -> 3.21 m, beyond every metric threshold (3 m needs 3.3 m)
        d = evaluated("near", CABINET, SOFA);
        assertThat(d.yes).isFalse();
    }

    @Test
    void closestToPicksTheNearestCandidate() {
        Draw d = evaluated("closest_to", TABLE, CABINET, SOFA, MUG);
        assertThat(d.chosen).isEqualTo(MUG);
    }

    @Test
    void orderByHeightAndDistance() {
        Draw d = evaluated("order_by_height", TABLE, CABINET, MUG);
        assertThat(d.orderCount).isEqualTo(3);
        assertThat(new int[] {d.order[0], d.order[1], d.order[2]}).containsExactly(CABINET, TABLE, MUG);
        // from the camera (0, 0, 1.5): table 2.29 m, cabinet 4.56 m, lamp 6.01 m
        d = evaluated("order_by_distance", LAMP, TABLE, CABINET);
        assertThat(new int[] {d.order[0], d.order[1], d.order[2]}).containsExactly(TABLE, CABINET, LAMP);
        assertThat(Categories.byName("order_by_distance").evaluate(draw(SOFA, TABLE, LAMP)))
                .as("sofa 5.50 m and lamp 6.01 m differ by less than 10 % of 6.01 m").isFalse();
        assertThat(Categories.byName("order_by_height").evaluate(draw(SOFA, TABLE, CABINET)))
                .as("sofa 0.8 m and table 0.75 m are a near-tie").isFalse();
    }

    @Test
    void countLeftOfCountsDecidedObjectsAndSkipsTies() {
        // left of the sofa (x = 2): cabinet (-2), table (0), mug (0), lamp (0) all are
        assertThat(evaluated("count_left_of", SOFA, CABINET, TABLE, MUG, LAMP).value).isEqualTo(4);
        assertThat(evaluated("count_left_of", CABINET, TABLE, SOFA).value).isZero();
        assertThat(Categories.byName("count_left_of").evaluate(draw(TABLE, CABINET, MUG)))
                .as("the mug shares the table's centre x").isFalse();
    }

    @Test
    void triangleAndAlignmentFromFloorDistances() {
        // cabinet (-2, 4), table (0, 2), sofa (2, 5): floor sides 2.83, 3.61, 4.12 m: q = 1.46, not equilateral
        assertThat(evaluated("equilateral_triangle", CABINET, TABLE, SOFA).yes).isFalse();
        // table (0, 2), lamp (0, 6) and mug (0, 2) lie on x = 0 but mug and table coincide: shortest side 0 -> skipped
        assertThat(Categories.byName("equilateral_triangle").evaluate(draw(TABLE, LAMP, MUG))).isFalse();
        assertThat(evaluated("aligned", TABLE, LAMP, MUG).yes).isTrue();
        assertThat(evaluated("aligned", CABINET, TABLE, SOFA).yes).isFalse();
    }
}
