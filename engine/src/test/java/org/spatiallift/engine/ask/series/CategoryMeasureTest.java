package org.spatiallift.engine.ask.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaBatch;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.QaTestScenes;
import org.spatiallift.engine.qa.SceneSource;

class CategoryMeasureTest {

    /** Every measurable category, on 20 random scenes: the series' value is the generated QA's value, exactly. */
    @Test
    void measureGivesTheGeneratedQasValueForEveryMeasurableCategory() {
        QaGenerator generator = QaGenerator.standard(QaSettings.defaults().withPerImage(300).withSeed(7));
        Map<String, Integer> checked = new TreeMap<>();
        for (int s = 0; s < 20; s++) {
            QaScene scene = QaTestScenes.scene(QaTestScenes.randomObjects(new SplittableRandom(s), 6));
            QaBatch batch = generator.generate(scene);
            for (QaPair qa : batch.pairs()) {
                if (!CategoryMeasure.measurable().contains(qa.category())) {
                    continue;
                }
                int[] indices = qa.objects().stream().mapToInt(o -> indexOf(scene, o.id())).toArray();
                Measurement m = new CategoryMeasure(qa.category(), Margins.defaults()).measure(scene, indices);
                assertThat(m.value()).as("%s: %s", qa.category(), qa.question()).isEqualTo(qa.value());
                assertThat(m.unit()).isEqualTo(qa.unit());
                checked.merge(qa.category(), 1, Integer::sum);
            }
        }
        assertThat(checked.keySet()).as("categories checked").containsAll(CategoryMeasure.measurable());
    }

    @Test
    void measurableHoldsTheNumericCategoriesOfFixedObjects() {
        assertThat(CategoryMeasure.measurable()).contains("centre_distance", "surface_distance", "height",
                "distance_from_camera", "height_ratio", "clock_direction").doesNotContain("left_of", "closest_to",
                "count_left_of", "order_by_height");
        assertThatThrownBy(() -> new CategoryMeasure("taller", Margins.defaults()))
                .hasMessageContaining("answers in words").hasMessageContaining("centre_distance");
        assertThatThrownBy(() -> new CategoryMeasure("count_left_of", Margins.defaults()))
                .hasMessageContaining("varying set of objects");
        assertThatThrownBy(() -> new CategoryMeasure("distance", Margins.defaults()))
                .hasMessageContaining("unknown QA category");
    }

    @Test
    void measureIsMissingWithTheReasonWhereTheCategoryWouldNotAsk() {
        QaObject cup = QaTestScenes.standing(1, "cup", 0, 2, 0.1, 0.1, 0.12);
        QaObject bottle = QaTestScenes.standing(2, "bottle", 0.12, 2, 0.08, 0.08, 0.3);
        Box3 cut = new Box3(new Vec3(1, 2, 0), new Vec3(1.4, 2.3, 0.8));
        QaObject truncated = new QaObject(3, "shelf", "the shelf", cut, new OrientedBox(cut.center(), cut.extents(), 0),
                false);
        QaScene scene = QaTestScenes.scene(List.of(cup, bottle, truncated));

        Measurement touching = new CategoryMeasure("surface_distance", Margins.defaults()).measure(scene,
                new int[] {0, 1});
        assertThat(touching.present()).isFalse();
        assertThat(touching.reason()).contains("no clear value", "touch");
        assertThat(new CategoryMeasure("centre_distance", Margins.defaults()).measure(scene, new int[] {0, 1}).value())
                .isCloseTo(Math.hypot(0.12, 0.09), org.assertj.core.data.Offset.offset(1e-12));

        Measurement height = new CategoryMeasure("height", Margins.defaults()).measure(scene, new int[] {2});
        assertThat(height.reason()).contains("the shelf", "cut by the image border");
        assertThat(new CategoryMeasure("distance_from_camera", Margins.defaults()).measure(scene, new int[] {2})
                .present()).as("where it is may still be measured").isTrue();

        QaScene upright = QaScene.ofObjects("no floor", List.of(cup, bottle), false, 1.5, SceneSource.SYNTHETIC);
        assertThat(new CategoryMeasure("height", Margins.defaults()).measure(upright, new int[] {1}).reason())
                .contains("no floor or table", "gravity");
    }

    @Test
    void measureRefusesIndicesThatDoNotFitTheQuestion() {
        QaScene scene = QaTestScenes.scene(List.of(QaTestScenes.standing(1, "cup", 0, 2, 0.1, 0.1, 0.12)));
        CategoryMeasure distance = new CategoryMeasure("centre_distance", Margins.defaults());

        assertThatThrownBy(() -> distance.measure(scene, new int[] {0})).hasMessageContaining("2 object(s), got 1");
        assertThatThrownBy(() -> distance.measure(scene, new int[] {0, 4})).hasMessageContaining("index 4");
        assertThat(distance.measure(scene, new int[] {0, 0}).reason()).contains("named twice");
    }

    private static int indexOf(QaScene scene, int id) {
        for (int i = 0; i < scene.objects().size(); i++) {
            if (scene.objects().get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("no object " + id);
    }
}
