package org.spatiallift.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.scene.SceneObject;

class UniqueNameDescriberTest {

    private final UniqueNameDescriber describer = new UniqueNameDescriber(Margins.defaults());

    private static SceneObject object(int id, String name, double x, double y, double size) {
        Box3 b = new Box3(new Vec3(x - size / 2, y - size / 2, 0), new Vec3(x + size / 2, y + size / 2, size));
        return new SceneObject(id, name, 100, 0, b.center(), b, new OrientedBox(b.center(), b.extents(), 0), 0, true,
                new int[0]);
    }

    private List<String> expressions(List<SceneObject> objects) {
        return describer.describe(objects, (CanonicalFrame) null).stream()
                .map(d -> d.usable() ? d.expression() : "AMBIGUOUS: " + d.ambiguityReason()).toList();
    }

    @Test
    void uniqueNamesGetTheArticle() {
        assertThat(expressions(List.of(object(1, "chair", 0, 2, 0.5), object(2, "TV", 1, 3, 0.5),
                object(3, "the lamp", 2, 2, 0.5)))).containsExactly("the chair", "the TV", "the lamp");
    }

    @Test
    void twoOfANameAreToldApartByPositionThenSize() {
        assertThat(expressions(List.of(object(1, "chair", -1, 2, 0.5), object(2, "chair", 1, 2, 0.5))))
                .containsExactly("the chair on the left", "the chair on the right");
        assertThat(expressions(List.of(object(1, "chair", 0, 4, 0.5), object(2, "chair", 0.02, 2, 0.5))))
                .containsExactly("the farther chair", "the nearer chair");
        assertThat(expressions(List.of(object(1, "box", 0, 2, 0.9), object(2, "box", 0.02, 2.02, 0.3))))
                .containsExactly("the bigger box", "the smaller box");
    }

    @Test
    void groupsNameTheirExtremesAndLeaveTheRestOut() {
        List<String> e = expressions(List.of(object(1, "chair", -2, 2, 0.5), object(2, "chair", 0, 2, 0.5),
                object(3, "chair", 2, 2, 0.5), object(4, "chair", 0.01, 4, 0.5)));
        assertThat(e.get(0)).isEqualTo("the leftmost chair");
        assertThat(e.get(2)).isEqualTo("the rightmost chair");
        assertThat(e.get(3)).isEqualTo("the farthest chair");
        assertThat(e.get(1)).startsWith("AMBIGUOUS: 4 objects are called \"chair\"");
    }

    @Test
    void indistinguishableTwinsAndUnnamedObjectsAreAmbiguous() {
        assertThat(expressions(List.of(object(1, "cup", 0, 2, 0.1), object(2, "cup", 0.01, 2.01, 0.1),
                object(3, "object 3", 1, 2, 0.3)))).containsExactly(
                "AMBIGUOUS: two objects are called \"cup\" and neither position (left/right, near/far) nor size tells "
                        + "them apart by the margin",
                "AMBIGUOUS: two objects are called \"cup\" and neither position (left/right, near/far) nor size tells "
                        + "them apart by the margin",
                "AMBIGUOUS: it has no name (label id 3 is not in the names file)");
    }

    @Test
    void ambiguousObjectsAreLeftOutOfTheScene() {
        QaScene scene = QaScene.of("s", List.of(object(1, "cup", 0, 2, 0.1), object(2, "cup", 0.01, 2.01, 0.1),
                object(3, "plate", 1, 2, 0.3)), frame(), describer, SceneSource.LABELS);
        assertThat(scene.objects()).extracting(QaObject::description).containsExactly("the plate");
        assertThat(scene.excluded()).extracting(ExcludedObject::id).containsExactly(1, 2);
    }

    @Test
    void rejectedObjectsAreLeftOutOfTheSceneWithTheirReason() {
        SceneObject bin = object(1, "toilet", 0, 2, 0.2).withDetectorScore(0.55)
                .withRejection("measured height 0.20 m ... of a toilet standing on the floor");
        QaScene scene = QaScene.of("s", List.of(bin, object(2, "plate", 1, 2, 0.3), object(3, "cup", 2, 2, 0.1)),
                frame(), describer, SceneSource.LABELS);

        assertThat(scene.objects()).extracting(QaObject::description).containsExactly("the plate", "the cup");
        assertThat(scene.excluded()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(1);
            assertThat(e.reason()).contains("of a toilet standing on the floor");
        });
    }

    private static CanonicalFrame frame() {
        return new CanonicalFrame(true, org.spatiallift.engine.frame.SupportKind.FLOOR, "test", null, new Vec3(0, 1, 0),
                null, 1.5, new org.spatiallift.engine.frame.CameraOrientation(0, 0));
    }
}
