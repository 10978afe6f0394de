package org.spatiallift.engine.qa.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaTestScenes;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.geometry.SceneGeometry;

/**
 * Properties every category must have, over random hand-built scenes (50 scenes of 6 boxes, every pair or triple):
 * the swap rule it declares, answers that do not move when a coordinate it does not read moves, and lengths that
 * scale exactly with the scene (no hidden factor).
 */
class CategoryPropertiesTest {

    private static final int SCENES = 50;

    /** What an evaluation gave: decided, yes, chosen, value, side and order. */
    record Answer(boolean decided, boolean yes, int chosen, double value, int side, List<Integer> order) {
        static Answer of(Category c, SceneGeometry g, Margins m, int... objects) {
            Draw d = new Draw(g, m, Units.METRIC, new SplittableRandom(7), null).with(objects);
            boolean decided = c.evaluate(d);
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < d.orderCount; k++) {
                order.add(d.order[k]);
            }
            return new Answer(decided, d.yes, d.chosen, d.value, d.side, order);
        }

        Answer withoutValue() {
            return new Answer(decided, yes, chosen, 0, side, order);
        }
    }

    static Stream<Category> twoObjectCategories() {
        return Categories.all().stream().filter(c -> c.arity() == Arity.TWO);
    }

    static Stream<Category> allCategories() {
        return Categories.all().stream();
    }

    private static List<SceneGeometry> scenes(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<SceneGeometry> out = new ArrayList<>();
        for (int s = 0; s < SCENES; s++) {
            out.add(QaTestScenes.scene(QaTestScenes.randomObjects(rng, 6)).geometry());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoObjectCategories")
    void swappingTheObjectsFollowsTheDeclaredRule(Category c) {
        Margins m = Margins.defaults();
        int decided = 0;
        for (SceneGeometry g : scenes(11)) {
            for (int i = 0; i < g.count(); i++) {
                for (int j = 0; j < g.count(); j++) {
                    if (i == j) {
                        continue;
                    }
                    Answer ab = Answer.of(c, g, m, i, j), ba = Answer.of(c, g, m, j, i);
                    decided += ab.decided() ? 1 : 0;
                    String what = c.name() + "(" + i + ", " + j + ")";
                    switch (c.swap()) {
                        case ANTISYMMETRIC -> {
                            assertThat(ba.decided()).as(what + " decided both ways or neither").isEqualTo(ab.decided());
                            if (ab.decided()) {
                                if (c.kind() == org.spatiallift.engine.qa.QaKind.YES_NO) {
                                    assertThat(ba.yes()).as(what + " flips").isNotEqualTo(ab.yes());
                                } else if (c.kind() == org.spatiallift.engine.qa.QaKind.CHOICE) {
                                    assertThat(ba.chosen()).as(what + " picks the same object").isEqualTo(ab.chosen());
                                } else {
                                    assertThat(ba.value()).as(what + " same offset").isEqualTo(ab.value());
                                    assertThat(ba.side()).as(what + " opposite side").isEqualTo(1 - ab.side());
                                }
                            }
                        }
                        case SYMMETRIC -> {
                            assertThat(ba.decided()).as(what).isEqualTo(ab.decided());
                            if (ab.decided()) {
                                assertThat(ba.yes()).as(what).isEqualTo(ab.yes());
                                if (!Double.isNaN(ab.value())) {
                                    assertThat(ba.value()).as(what).isCloseTo(ab.value(), within(1e-12));
                                }
                            }
                        }
                        case ONE_WAY -> {
                            if (ab.decided() && ab.yes()) {
                                assertThat(ba.decided() && !ba.yes()).as(what + ": yes means a no for the swap").isTrue();
                            }
                        }
                        case RECIPROCAL -> {
                            if (ab.decided() && ba.decided()) {
                                assertThat(ab.value() * ba.value()).as(what).isCloseTo(1.0, within(1e-12));
                            }
                        }
                        case OPPOSITE_HOUR -> {
                            assertThat(ba.decided()).as(what).isEqualTo(ab.decided());
                            if (ab.decided()) {
                                assertThat(Math.floorMod((int) ab.value() + 6 - 1, 12) + 1).as(what)
                                        .isEqualTo((int) ba.value());
                            }
                        }
                        default -> throw new AssertionError(c.name() + " is a two-object category without a swap rule");
                    }
                }
            }
        }
        assertThat(decided).as("%s is decided for some pairs", c.name()).isGreaterThan(0);
    }

    /** A change of object 0 and the categories whose answers it must not change (when decided before and after). */
    static Stream<Arguments> invariances() {
        Set<String> sizes = Set.of("wider", "thinner", "taller", "shorter", "bigger", "smaller", "choose_wider",
                "choose_thinner", "choose_taller", "choose_shorter", "choose_bigger", "choose_smaller", "width",
                "height", "depth", "height_ratio", "order_by_height");
        Set<String> lateral = Set.of("left_of", "right_of", "choose_left", "choose_right", "left_right_offset",
                "count_left_of");
        Set<String> forward = Set.of("in_front_of", "behind", "choose_front", "choose_behind", "front_back_offset");
        Set<String> vertical = Set.of("above", "below", "choose_above", "choose_below", "vertical_distance", "elevation");
        Set<String> floorPlan = Set.of("horizontal_distance", "gap", "clock_direction", "equilateral_triangle", "aligned");
        return Stream.of(
                Arguments.of("move along x", (UnaryOperator<Box3>) b -> shift(b, 0.37, 0, 0), union(sizes, forward, vertical)),
                Arguments.of("move along y", (UnaryOperator<Box3>) b -> shift(b, 0, 0.41, 0), union(sizes, lateral, vertical)),
                Arguments.of("lift along z", (UnaryOperator<Box3>) b -> shift(b, 0, 0, 0.29),
                        union(sizes, lateral, forward, floorPlan)),
                Arguments.of("stretch x about the centre", (UnaryOperator<Box3>) b -> stretch(b, 1.6, 1, 1),
                        union(Set.of("taller", "shorter", "choose_taller", "choose_shorter", "height", "depth",
                                "height_ratio", "order_by_height"), lateral, forward, vertical, Set.of("horizontal_distance",
                                "clock_direction", "equilateral_triangle", "aligned", "centre_distance"))),
                Arguments.of("stretch y about the centre", (UnaryOperator<Box3>) b -> stretch(b, 1, 1.6, 1),
                        union(Set.of("wider", "thinner", "choose_wider", "choose_thinner", "taller", "shorter",
                                "choose_taller", "choose_shorter", "width", "height", "height_ratio", "order_by_height"),
                                lateral, forward, Set.of("horizontal_distance", "clock_direction", "centre_distance"))),
                Arguments.of("stretch z about the centre", (UnaryOperator<Box3>) b -> stretch(b, 1, 1, 1.6),
                        union(Set.of("wider", "thinner", "choose_wider", "choose_thinner", "width", "depth"), lateral,
                                forward, floorPlan, Set.of("centre_distance", "vertical_distance"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invariances")
    void answersIgnoreCoordinatesTheCategoryDoesNotRead(String change, UnaryOperator<Box3> f, Set<String> unchanged) {
        Margins m = Margins.defaults();
        SplittableRandom rng = new SplittableRandom(5);
        for (int s = 0; s < SCENES; s++) {
            List<QaObject> objects = QaTestScenes.randomObjects(rng, 6);
            List<QaObject> changed = new ArrayList<>(objects);
            QaObject o = objects.get(0);
            Box3 b = f.apply(o.boxCanonical());
            changed.set(0, new QaObject(o.id(), o.name(), o.description(), b, new OrientedBox(b.center(), b.extents(), 0)));
            SceneGeometry before = QaTestScenes.scene(objects).geometry(), after = QaTestScenes.scene(changed).geometry();
            for (Category c : Categories.all()) {
                if (!unchanged.contains(c.name())) {
                    continue;
                }
                for (int[] objs : draws(c, before.count())) {
                    Answer x = Answer.of(c, before, m, objs), y = Answer.of(c, after, m, objs);
                    if (x.decided() && y.decided()) {
                        String what = c.name() + " after '" + change + "' of object 0, objects "
                                + java.util.Arrays.toString(objs);
                        assertThat(y.withoutValue()).as(what).isEqualTo(x.withoutValue());
                        if (!Double.isNaN(x.value())) {
                            assertThat(y.value()).as(what).isCloseTo(x.value(), within(1e-9));
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCategories")
    void lengthsScaleWithTheSceneAndNothingElseChanges(Category c) {
        // floor and contact margins are absolute (m); with them at 0 every margin scales with the scene
        Margins m = new Margins(0, 0.25, 0.1, 0, 5);
        double k = 2.5;
        SplittableRandom rng = new SplittableRandom(3);
        if (c.name().equals("near")) {
            return; // its thresholds (0.5 ... 3 m) are absolute by design
        }
        for (int s = 0; s < SCENES; s++) {
            List<QaObject> objects = QaTestScenes.randomObjects(rng, 5);
            List<QaObject> scaled = objects.stream().map(o -> {
                Box3 b = new Box3(o.boxCanonical().min().times(k), o.boxCanonical().max().times(k));
                return new QaObject(o.id(), o.name(), o.description(), b, new OrientedBox(b.center(), b.extents(), 0));
            }).toList();
            SceneGeometry g = QaScene.ofObjects("a", objects, true, 1.5, SceneSource.SYNTHETIC).geometry();
            SceneGeometry h = QaScene.ofObjects("b", scaled, true, 1.5 * k, SceneSource.SYNTHETIC).geometry();
            for (int[] objs : draws(c, g.count())) {
                Answer x = Answer.of(c, g, m, objs), y = Answer.of(c, h, m, objs);
                assertThat(y.decided()).as("%s %s decided", c.name(), java.util.Arrays.toString(objs)).isEqualTo(x.decided());
                if (!x.decided()) {
                    continue;
                }
                double factor = Category.METRES.equals(c.unit()) ? k : 1;
                if (!Double.isNaN(x.value())) {
                    assertThat(y.value()).as("%s value x %s", c.name(), factor).isCloseTo(x.value() * factor, within(1e-9));
                }
                assertThat(y.withoutValue()).isEqualTo(x.withoutValue());
            }
        }
    }

    /** Object index tuples for {@code c}: all pairs, all triples, or each X with all the others. */
    private static List<int[]> draws(Category c, int n) {
        List<int[]> out = new ArrayList<>();
        switch (c.arity()) {
            case ONE -> {
                for (int i = 0; i < n; i++) {
                    out.add(new int[] {i});
                }
            }
            case TWO -> {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        if (i != j) {
                            out.add(new int[] {i, j});
                        }
                    }
                }
            }
            case TARGET_AND_ALL -> {
                for (int x = 0; x < n; x++) {
                    int[] d = new int[n];
                    d[0] = x;
                    for (int i = 0, k = 1; i < n; i++) {
                        if (i != x) {
                            d[k++] = i;
                        }
                    }
                    out.add(d);
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        for (int l = 0; l < n; l++) {
                            if (i != j && j != l && i != l) {
                                out.add(new int[] {i, j, l});
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Box3 shift(Box3 b, double dx, double dy, double dz) {
        Vec3 d = new Vec3(dx, dy, dz);
        return new Box3(b.min().plus(d), b.max().plus(d));
    }

    private static Box3 stretch(Box3 b, double fx, double fy, double fz) {
        Vec3 c = b.center(), e = b.extents();
        Vec3 half = new Vec3(e.x() * fx / 2, e.y() * fy / 2, e.z() * fz / 2);
        return new Box3(c.minus(half), c.plus(half));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new java.util.HashSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return out;
    }
}
