package org.spatiallift.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Counting questions only where the object list is complete: a declared label map, never a lift by default. */
class CompleteObjectListTest {

    @Test
    void countingIsAskedOnlyOfScenesWhoseObjectListIsComplete() {
        QaScene complete = QaTestScenes.scene(QaTestScenes.randomObjects(new SplittableRandom(3), 6));
        QaScene undeclared = complete.withObjectsDeclaredComplete(false);
        QaSettings settings = QaSettings.defaults().withPerImage(200)
                .withCategoryWeights(java.util.Map.of("count_left_of", 30.0));
        QaGenerator generator = QaGenerator.standard(settings);

        assertThat(complete.objectsComplete()).isTrue();
        assertThat(undeclared.objectsComplete()).isFalse();
        assertThat(generator.eligible(true, true, 6)).contains("count_left_of");
        assertThat(generator.eligible(true, false, 6)).doesNotContain("count_left_of").contains("closest_to");
        for (long seed = 1; seed <= 3; seed++) {
            assertThat(generator.generate(complete, seed).pairs()).anyMatch(p -> p.category().equals("count_left_of"));
            assertThat(generator.generate(undeclared, seed).pairs()).noneMatch(p -> p.category().equals("count_left_of"))
                    .isNotEmpty();
        }
    }
}
