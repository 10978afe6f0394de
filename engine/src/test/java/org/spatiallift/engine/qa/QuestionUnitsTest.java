package org.spatiallift.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Questions follow the answers' units: with feet only, no question asks "how many meters". */
class QuestionUnitsTest {

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
