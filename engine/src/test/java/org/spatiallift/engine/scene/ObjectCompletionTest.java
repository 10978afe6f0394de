package org.spatiallift.engine.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.image.LabelImage;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.sample.CameraSpec;
import org.spatiallift.engine.sample.FurnitureTemplate;
import org.spatiallift.engine.sample.ObjectSpec;
import org.spatiallift.engine.sample.RoomSpec;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SceneRenderer;
import org.spatiallift.engine.sample.SceneSpec;
import org.spatiallift.engine.sample.Shape;

/**
 * Completion and visibility on rendered RGB-D scenes (exact depth): a chair (seat at half its height on four legs, a
 * backrest above) whose mask holds only the backrest, as GrabCut often leaves it. The lift (planes, floor) runs on
 * the full render; the chair's partial mask and its whole-chair image box stand in for a detector's mask and box.
 */
class ObjectCompletionTest {

    private static final double CHAIR_H = 0.9;
    private static final Vec3 CHAIR = new Vec3(0.5, 0.5, CHAIR_H);
    private static final LiftParameters PARAMETERS = LiftParameters.defaults();

    @Test
    void completeJoinsSeatAndLegsToABackrestOnlyMask() {
        Lifted s = lift(List.of(chair("chair", 0.0, 2.5)), 6.0);

        SceneObject partial = s.partialChair(1);
        SceneObject done = s.complete(1, s.chairBox(1));

        assertThat(partial.boxCanonical().extents().z()).as("backrest only, m").isLessThan(0.5);
        assertThat(done.boxCanonical().extents().z()).as("completed height, m").isCloseTo(CHAIR_H, within(0.06));
        assertThat(done.bottomAboveFloorM()).as("bottom above the floor, m").isLessThan(0.05);
        assertThat(done.onFloor()).isTrue();
        assertThat(done.completeness().addedPoints()).isPositive();
        assertThat(done.complete()).as("seen whole").isTrue();
    }

    @Test
    void completeStopsAtTheWallTouchingTheBackrestAndDoesNotEatTheFloor() {
        // the back wall 1 cm behind the backrest; the image box is widened to take in wall and floor around the chair
        Lifted s = lift(List.of(chair("chair", 0.0, 2.5)), 2.76);

        ImageBox wide = s.chairBox(1);
        wide = new ImageBox(Math.max(3, wide.x0() - 60), Math.max(3, wide.y0() - 60),
                Math.min(s.width() - 3, wide.x1() + 60), Math.min(s.height() - 3, wide.y1() + 30));
        SceneObject done = s.complete(1, wide);

        assertThat(done.boxCanonical().extents().x()).as("width, m").isCloseTo(0.5, within(0.06));
        assertThat(done.boxCanonical().max().y()).as("far side, m").isLessThan(2.75 + 0.03);
        assertThat(done.boxCanonical().extents().z()).as("height, m").isCloseTo(CHAIR_H, within(0.06));
        assertThat(done.boxCanonical().min().z()).as("bottom, m").isGreaterThan(-0.01);
    }

    @Test
    void completeStopsAtADepthDiscontinuity() {
        // a crate 0.4 m behind the chair, inside the chair's widened box, unlabelled in the partial mask
        Lifted s = lift(List.of(chair("chair", 0.0, 2.5),
                ObjectSpec.simple("crate", Shape.BOX, 0x884422, 0.0, 3.15, new Vec3(1.2, 0.3, 1.3), 0)), 6.0);

        ImageBox box = s.chairBox(1);
        SceneObject done = s.complete(1, new ImageBox(box.x0() - 40, box.y0() - 40, box.x1() + 40, box.y1()));

        assertThat(done.boxCanonical().max().y()).as("far side of the chair, m").isLessThan(2.75 + 0.03);
        assertThat(done.boxCanonical().extents().z()).as("height, m").isCloseTo(CHAIR_H, within(0.06));
    }

    @Test
    void visibilityFlagsAnObjectCutByTheImageBorder() {
        Lifted s = lift(List.of(chair("chair", -1.6, 2.5), chair("middle", 0.3, 2.5)), 6.0);

        SceneObject cut = s.complete(1, s.chairBox(1));
        SceneObject whole = s.complete(2, s.chairBox(2));

        assertThat(s.chairBox(1).x0()).as("the left chair reaches the left border").isLessThan(1);
        assertThat(cut.completeness().truncated()).isTrue();
        assertThat(cut.complete()).isFalse();
        assertThat(cut.completeness().words()).containsExactly("cut by the image border");
        assertThat(whole.completeness().truncated()).isFalse();
        assertThat(whole.complete()).isTrue();
    }

    @Test
    void visibilityFlagsAnObjectBehindANearerBox() {
        Lifted s = lift(List.of(chair("chair", 0.0, 2.5),
                ObjectSpec.simple("crate", Shape.BOX, 0x884422, 0.0, 1.7, new Vec3(0.8, 0.3, 0.6), 0)), 6.0);

        SceneObject hidden = s.complete(1, s.chairBox(1));
        SceneObject crate = s.complete(2, s.chairBox(2));

        assertThat(hidden.completeness().occluded()).as("chair behind the crate").isTrue();
        assertThat(hidden.completeness().words()).containsExactly("partly hidden behind a nearer surface");
        assertThat(crate.completeness().occluded()).as("the crate itself").isFalse();
    }

    @Test
    void withoutGrowthAnObjectKeepsItsPoints() {
        Lifted s = lift(List.of(chair("chair", 0.0, 2.5)), 6.0);

        SceneObject partial = s.partialChair(1);
        SceneObject judged = ObjectCompletion.fromParameters(PARAMETERS)
                .complete(List.of(partial), Map.of(1, s.chairBox(1)), false, s.scene()).get(0);

        assertThat(judged.cloudIndices()).isEqualTo(partial.cloudIndices());
        assertThat(judged.completeness().addedPoints()).isZero();
    }

    /** A chair facing the camera (backrest on the far side), seat at half its height. */
    private static ObjectSpec chair(String name, double x, double y) {
        return ObjectSpec.furniture(name, FurnitureTemplate.CHAIR, Shape.BOX, 0x3060C0, x, y, CHAIR, 180);
    }

    /** The scene rendered (camera 1.4 m high, 25° down, 60° wide, 640x480) and lifted with the full label map. */
    private static Lifted lift(List<ObjectSpec> objects, double backWallM) {
        SceneSpec spec = new SceneSpec(new RoomSpec(4, 4, backWallM, 1, 2.6, false, 0x999999, 0xDDDDDD),
                new CameraSpec(1.4, 25, 0, 60, 640, 480), objects);
        SampleScene scene = new SceneRenderer().render(spec);
        LiftInput input = new LiftInput(scene.color(), scene.depth(), scene.intrinsics(),
                new ObjectLabels(scene.labels(), scene.names()), null, null);
        LiftResult r = new LiftPipeline().run(input, PARAMETERS, List.of(), ProgressListener.NONE, Cancellation.NEVER);
        assertThat(r.frame().canonical()).as("floor found: %s", r.frame().reason()).isTrue();
        return new Lifted(scene, r);
    }

    private record Lifted(SampleScene rendered, LiftResult lift) {

        int width() {
            return rendered.labels().width();
        }

        int height() {
            return rendered.labels().height();
        }

        /** The image box of instance {@code id}'s rendered pixels (what a good detector would draw). */
        ImageBox chairBox(int id) {
            int[] ids = rendered.labels().ids();
            int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
            for (int p = 0; p < ids.length; p++) {
                if (ids[p] == id) {
                    x0 = Math.min(x0, p % width());
                    x1 = Math.max(x1, p % width());
                    y0 = Math.min(y0, p / width());
                    y1 = Math.max(y1, p / width());
                }
            }
            return new ImageBox(x0, y0, x1 + 1, y1 + 1);
        }

        /** Instance {@code id} with only its pixels more than 5 cm above the seat (the backrest) in the label map. */
        LabelImage partialLabels(int id) {
            PointCloud camera = lift.cloudCamera(), canonical = lift.cloudCanonical();
            int[] ids = new int[rendered.labels().ids().length];
            for (int i = 0; i < camera.size(); i++) {
                int p = camera.pixel()[i];
                if (rendered.labels().ids()[p] == id && canonical.z(i) > 0.5 * CHAIR_H + 0.05) {
                    ids[p] = id;
                }
            }
            return new LabelImage(width(), height(), ids);
        }

        SceneObject partialChair(int id) {
            ObjectLabels labels = new ObjectLabels(partialLabels(id), rendered.names());
            List<SceneObject> objects = ObjectExtractor.fromParameters(PARAMETERS)
                    .extract(lift.cloudCamera(), lift.cloudCanonical(), labels).objects();
            return objects.stream().filter(o -> o.id() == id).findFirst().orElseThrow();
        }

        CompletionScene scene() {
            return new CompletionScene(lift.cloudCamera(), lift.cloudCanonical(), lift.voxelCamera(), lift.planes(),
                    lift.frame(), rendered.intrinsics(), partialLabels(1));
        }

        /** Instance {@code id} from its partial mask (the backrest, or the whole object when it has no seat), completed in {@code box}. */
        SceneObject complete(int id, ImageBox box) {
            ObjectLabels labels = new ObjectLabels(maskOf(id), rendered.names());
            SceneObject core = ObjectExtractor.fromParameters(PARAMETERS)
                    .extract(lift.cloudCamera(), lift.cloudCanonical(), labels).objects().get(0);
            CompletionScene scene = new CompletionScene(lift.cloudCamera(), lift.cloudCanonical(), lift.voxelCamera(),
                    lift.planes(), lift.frame(), rendered.intrinsics(), labels.labels());
            return ObjectCompletion.fromParameters(PARAMETERS)
                    .complete(List.of(core), Map.of(id, box), true, scene).get(0);
        }

        /** A chair's backrest, or a whole other object, as the only instance of a label map. */
        private LabelImage maskOf(int id) {
            boolean isChair = rendered.names().get(id).equals("chair") || rendered.names().get(id).equals("middle");
            if (isChair) {
                return partialLabels(id);
            }
            int[] ids = rendered.labels().ids().clone();
            for (int p = 0; p < ids.length; p++) {
                ids[p] = ids[p] == id ? id : 0;
            }
            return new LabelImage(width(), height(), ids);
        }
    }
}
