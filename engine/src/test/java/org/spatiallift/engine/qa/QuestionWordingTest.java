package org.spatiallift.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Question wording: questions follow the answers' units (with feet only, no question asks "how many meters"), and a
 * question that asks to choose among several objects lists them with "or".
 */
class QuestionWordingTest {

    @Test
    void aChoiceAmongSeveralObjectsListsThemWithOr() {
        QaScene scene = QaTestScenes.scene(QaTestScenes.randomObjects(new SplittableRandom(11), 6));
        QaSettings settings = QaSettings.defaults().withPerImage(60)
                .withCategoryWeights(java.util.Map.of("closest_to", 50.0, "order_by_height", 50.0));

        List<QaPair> pairs = QaGenerator.standard(settings).generate(scene, 5).pairs();

        List<QaPair> closest = pairs.stream().filter(p -> p.category().equals("closest_to")).toList();
        List<QaPair> order = pairs.stream().filter(p -> p.category().equals("order_by_height")).toList();
        assertThat(closest).isNotEmpty().allMatch(p -> p.question().contains(" or ") && !p.question().contains(" and "),
                "closest_to questions list the candidates with or");
        assertThat(order).isNotEmpty().anyMatch(p -> p.question().contains(" and "));
    }

    @Test
    void imperialQaNeverAskInMetersWhileMetricQaDo() {
        QaScene scene = QaTestScenes.scene(QaTestScenes.randomObjects(new SplittableRandom(7), 6));
        QaSettings metric = QaSettings.defaults().withPerImage(400).withQuantitativeShare(1.0);

        List<String> metricQuestions = questions(scene, metric);
        List<String> imperialQuestions = questions(scene, metric.withUnits(Units.IMPERIAL));

        assertThat(metricQuestions).as("the check can fail: metric QA ask in meters").anyMatch(q -> q.contains("meters"));
        assertThat(imperialQuestions).hasSizeGreaterThan(400).noneMatch(q -> q.toLowerCase().contains("meter"));
    }

    private static List<String> questions(QaScene scene, QaSettings settings) {
        List<String> out = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            QaGenerator.standard(settings).generate(scene, seed).pairs().forEach(p -> out.add(p.question()));
        }
        return out;
    }
}
