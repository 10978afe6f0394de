package org.spatiallift.engine.perception.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.scene.ObjectDescription;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Unique descriptions on rendered scenes with repeated labels: colour first, then left/right, nearer/farther and
 * size; objects no attribute tells apart are ambiguous, with the reason.
 */
class ObjectDescriberTest {

    private static final int RED = 0xD62828, BLUE = 0x2F5FD0, YELLOW = 0xFFBE0B, GREEN = 0x38B000, GREY = 0x8A8A8A;

    @Test
    void twoChairsOfDifferentColoursAreToldApartByColour() {
        List<SceneObject> objects = DescribedScenes.scene()
                .box("chair", RED, -0.5, 3.0, 0.45, 0.45, 0.9)
                .box("chair", BLUE, 0.5, 3.0, 0.45, 0.45, 0.9)
                .lift();

        assertThat(expressions(objects)).containsExactly("the red chair", "the blue chair");
        assertThat(objects.get(0).description().caption()).startsWith("red chair, ").contains("on the floor");
    }

    @Test
    void twoIdenticalBoxesLeftAndRightAreToldApartByPosition() {
        List<SceneObject> objects = DescribedScenes.scene()
                .box("box", YELLOW, -0.6, 3.0, 0.4, 0.4, 0.4)
                .box("box", YELLOW, 0.6, 3.0, 0.4, 0.4, 0.4)
                .lift();

        assertThat(expressions(objects)).containsExactly("the box on the left", "the box on the right");
        // the centroid of the visible faces is a little nearer than the footprint centre at y = 3.0 m
        assertThat(objects.get(0).description().caption()).matches("yellow box, on the left, 2\\.9 m away, on the floor");
    }

    @Test
    void twoIdenticalBoxesOneBehindTheOtherAreToldApartByDistance() {
        List<SceneObject> objects = DescribedScenes.scene()
                .box("box", GREEN, 0.05, 2.4, 0.3, 0.3, 0.25)
                .box("box", GREEN, 0.0, 3.6, 0.3, 0.3, 0.25)
                .lift();

        assertThat(expressions(objects)).containsExactly("the nearer box", "the farther box");
    }

    @Test
    void twoCansThatDifferOnlyInSizeAreToldApartBySize() {
        // centres 0.1 m apart in x and in y: closer than the 0.15 m position margin, so only size tells them apart
        List<SceneObject> objects = DescribedScenes.scene()
                .cylinder("can", BLUE, 0.0, 2.5, 0.08, 0.12)
                .cylinder("can", BLUE, 0.1, 2.6, 0.14, 0.3)
                .lift();

        assertThat(expressions(objects)).containsExactly("the smaller can", "the larger can");
        assertThat(objects.get(1).description().caption()).contains("larger of the 2 cans");
    }

    @Test
    void twoIndistinguishableCansAreBothAmbiguousWithTheReason() {
        List<SceneObject> objects = DescribedScenes.scene()
                .cylinder("can", RED, -0.05, 2.5, 0.12, 0.2)
                .cylinder("can", RED, 0.05, 2.6, 0.12, 0.2)
                .lift();

        assertThat(objects).allSatisfy(o -> {
            ObjectDescription d = o.description();
            assertThat(d.ambiguous()).as("%s", d).isTrue();
            assertThat(d.referringExpression()).isNull();
            assertThat(d.ambiguityReason()).contains("cannot be told from can").contains("both red")
                    .contains("left/right").contains("nearer/farther").contains("size");
        });
    }

    @Test
    void colourThenPositionSeparatesTwoRedChairsFromABlueOne() {
        List<SceneObject> objects = DescribedScenes.scene()
                .box("chair", RED, -1.0, 3.0, 0.45, 0.45, 0.9)
                .box("chair", BLUE, 0.0, 3.0, 0.45, 0.45, 0.9)
                .box("chair", RED, 1.0, 3.0, 0.45, 0.45, 0.9)
                .lift();

        assertThat(expressions(objects)).containsExactly("the leftmost chair", "the blue chair", "the rightmost chair");
    }

    @Test
    void oneAttributeAloneIsPreferredToColourAndPosition() {
        List<SceneObject> objects = DescribedScenes.scene()
                .box("box", BLUE, -1.0, 3.0, 0.4, 0.4, 0.4)
                .box("box", RED, -0.3, 2.6, 0.4, 0.4, 0.4)
                .box("box", RED, 0.4, 3.4, 0.4, 0.4, 0.4)
                .box("box", BLUE, 1.1, 3.0, 0.4, 0.4, 0.4)
                .lift();

        assertThat(expressions(objects)).containsExactly("the leftmost box", "the nearest box", "the farthest box",
                "the rightmost box");
    }

    @Test
    void colourNarrowsTheGroupBeforePosition() {
        List<SceneObject> objects = DescribedScenes.scene()
                .box("box", BLUE, -1.2, 3.0, 0.4, 0.4, 0.4)
                .box("box", RED, -0.4, 3.0, 0.4, 0.4, 0.4)
                .box("box", RED, 0.4, 3.0, 0.4, 0.4, 0.4)
                .box("box", BLUE, 1.2, 3.0, 0.4, 0.4, 0.4)
                .lift();

        assertThat(expressions(objects)).containsExactly("the leftmost box", "the red box on the left",
                "the red box on the right", "the rightmost box");
    }

    @Test
    void aUniqueLabelIsReferredToByItAlone() {
        List<SceneObject> objects = DescribedScenes.scene()
                .box("table", GREY, -0.5, 3.0, 0.8, 0.6, 0.7)
                .cylinder("bottle", GREEN, 0.6, 2.8, 0.08, 0.3)
                .lift();

        assertThat(expressions(objects)).containsExactly("the table", "the bottle");
        assertThat(objects).noneMatch(o -> o.description().ambiguous());
    }

    private static List<String> expressions(List<SceneObject> objects) {
        return objects.stream().map(o -> o.description().ambiguous() ? "AMBIGUOUS: " + o.description().ambiguityReason()
                : o.description().referringExpression()).toList();
    }
}
