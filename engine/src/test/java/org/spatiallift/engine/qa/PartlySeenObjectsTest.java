package org.spatiallift.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;

/**
 * An object cut by the image border or partly hidden (QaObject.complete = false) is named only in questions about
 * where it is, never in questions about its size, height or bounds ({@link Category#canAsk}).
 */
class PartlySeenObjectsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            left_of, false
            choose_front, false
            clock_direction, false
            distance_from_camera, false
            order_by_distance, false
            centre_distance, true
            front_back_offset, true
            left_right_offset, true
            height, true
            width, true
            depth, true
            elevation, true
            vertical_distance, true
            taller, true
            bigger, true
            choose_smaller, true
            above, true
            on_top_of, true
            near, true
            gap, true
            height_ratio, true
            order_by_height, true
            """)
    void categoryNeedsTheFullExtentOnlyForSizesAndBounds(String name, boolean needs) {
        Category c = Categories.byName(name);
        QaObject cut = new QaObject(1, "chair", "the chair", QaTestScenes.standing(1, "chair", 0, 2, 0.5, 0.5, 0.9)
                .boxCanonical(), QaTestScenes.standing(1, "chair", 0, 2, 0.5, 0.5, 0.9).orientedBoxCanonical(), false);

        assertThat(c.needsFullExtent()).isEqualTo(needs);
        assertThat(c.canAsk(cut)).isEqualTo(!needs);
        assertThat(c.canAsk(QaTestScenes.standing(2, "table", 1, 2, 1, 1, 0.7))).isTrue();
    }

    @Test
    void everyCategoryAnsweredByPositionExists() {
        List<String> positional = Categories.all().stream().filter(c -> !c.needsFullExtent()).map(Category::name)
                .toList();

        // on which side an object is and how far from the camera: no size, bound, or metres between two centres
        assertThat(positional).as("categories answered from positions").containsExactlyInAnyOrder(
                "left_of", "right_of", "in_front_of", "behind", "choose_left", "choose_right", "choose_front",
                "choose_behind", "distance_from_camera", "clock_direction", "closest_to", "order_by_distance",
                "count_left_of");
    }

    @Test
    void generatedQaNameAPartlySeenObjectOnlyInPositionQuestions() {
        SplittableRandom rng = new SplittableRandom(7);
        List<QaObject> objects = new ArrayList<>(QaTestScenes.randomObjects(rng, 5));
        QaObject first = objects.get(0);
        objects.set(0, new QaObject(first.id(), first.name(), first.description(), first.boxCanonical(),
                first.orientedBoxCanonical(), false));
        QaGenerator generator = QaGenerator.standard(QaSettings.defaults().withPerImage(200));

        List<QaPair> pairs = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            pairs.addAll(generator.generate(QaTestScenes.scene(objects), seed).pairs());
        }
        List<QaPair> naming = pairs.stream().filter(p -> p.objects().stream().anyMatch(o -> o.id() == first.id()))
                .toList();

        assertThat(naming).as("QA naming the partly seen object").isNotEmpty();
        assertThat(naming).allSatisfy(p -> assertThat(Categories.byName(p.category()).needsFullExtent())
                .as("%s: %s", p.category(), p.question()).isFalse());
        assertThat(pairs).as("size questions about the others").anySatisfy(
                p -> assertThat(Categories.byName(p.category()).needsFullExtent()).isTrue());
    }
}
