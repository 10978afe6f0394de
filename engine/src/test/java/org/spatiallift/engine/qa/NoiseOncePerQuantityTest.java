package org.spatiallift.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * With --noise, each quantity of an image gets one noise draw: a distance reads the same in a reasoning step and in a
 * direct QA of the same objects, and in two direct QA of one pair however the pair is ordered.
 */
class NoiseOncePerQuantityTest {

    private static final QaScene SCENE = QaTestScenes.scene(QaTestScenes.randomObjects(new SplittableRandom(5), 5));
    private static final QaSettings NOISY = QaSettings.defaults().withPerImage(300).withNoise(0.3)
            .withReasoningInline(true).withCategoryWeights(Map.of("closest_to", 5.0, "centre_distance", 5.0,
                    "order_by_distance", 5.0, "distance_from_camera", 5.0));

    /** The pair's objects' ids, unordered for a pair. */
    private static String key(String category, List<QaObject> objects) {
        List<Integer> ids = objects.stream().map(QaObject::id).sorted().toList();
        return category + ids;
    }

    @Test
    void aQuantityIsStatedTheSameInItsStepsAndItsDirectQa() {
        Map<String, String> stated = new HashMap<>();
        List<QaPair> pairs = QaGenerator.standard(NOISY).generate(SCENE, 9).pairs();
        int noisy = 0;
        for (QaPair p : pairs) {
            if (p.category().equals("centre_distance") || p.category().equals("distance_from_camera")) {
                String before = stated.putIfAbsent(key(p.category(), p.objects()), p.shortAnswer());
                assertThat(p.shortAnswer()).as("%s stated twice", p.question()).isEqualTo(before == null
                        ? p.shortAnswer() : before);
                if (Math.abs(p.statedValue() - p.value()) > 0.02 * p.value()) {
                    noisy++;
                }
            }
        }
        assertThat(noisy).as("the noise is applied at all").isPositive();
        int compared = 0;
        for (QaPair p : pairs) {
            for (QaStep step : p.reasoning()) {
                List<QaObject> named = p.objects().stream().filter(o -> step.question().contains(o.description()))
                        .toList();
                String direct = stated.get(key(step.category(), named));
                if (direct != null) {
                    assertThat(step.answer()).as("step %s of %s", step.question(), p.question()).contains(direct);
                    compared++;
                }
            }
        }
        assertThat(compared).as("steps whose quantity also has a direct QA").isGreaterThan(5);
    }
}
