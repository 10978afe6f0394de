package org.spatiallift.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.image.LabelImage;
import org.spatiallift.engine.perception.detect.Detection;
import org.spatiallift.engine.perception.detect.DetectionTimings;
import org.spatiallift.engine.perception.detect.Detections;
import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.detect.PixelBox;
import org.spatiallift.engine.perception.mask.GrabCutMaskSource;
import org.spatiallift.engine.perception.mask.MaskReport;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.sample.TruthObject;
import org.spatiallift.engine.scene.LeftOutObject;
import org.spatiallift.engine.scene.ObjectLabels;
import org.spatiallift.engine.scene.SceneObject;

/**
 * The lift with objects from detections, on the built-in sample scene with boxes taken from its exact label map (a
 * perfect detector): stage order, masks against the true instance masks, object scores, descriptions and the verdict.
 */
class DetectionLiftTest {

    private static final Logger LOG = LoggerFactory.getLogger(DetectionLiftTest.class);
    private static SampleScene scene;
    private static Detections boxes;

    @BeforeAll
    static void render() {
        scene = SampleScenes.builtIn();
        boxes = truthBoxes(scene);
    }

    @Test
    void aSecondBoxOnTheSameObjectIsSuppressedBeforeMasksAndSaidInTheWarnings() {
        Detection first = boxes.detections().get(0);
        PixelBox b = first.box();
        List<Detection> withCopy = new ArrayList<>(boxes.detections());
        withCopy.add(new Detection(first.label(), first.classId(), 0.1, new PixelBox(b.x0() + 2, b.y0() + 2, b.x1() + 2,
                b.y1() + 2)));
        Detections doubled = new Detections(withCopy, boxes.imageWidth(), boxes.imageHeight(), boxes.timings(),
                boxes.provenance());
        LiftPipeline pipeline = LiftPipeline.withDetection(new ObjectDetection(image -> doubled,
                GrabCutMaskSource.defaults()));
        LiftInput in = new LiftInput(scene.color(), scene.depth(), scene.intrinsics(), null, null, null);

        LiftResult r = pipeline.run(in, LiftParameters.defaults(), List.of(), ProgressListener.NONE, Cancellation.NEVER);

        assertThat(r.perception().detections().detections()).hasSize(boxes.detections().size());
        assertThat(r.perception().masks()).hasSize(boxes.detections().size());
        assertThat(r.objects()).extracting(o -> o.name()).filteredOn(first.label()::equals).hasSize(1);
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("1 duplicate detection suppressed"));
        assertThat(r.perception().leftOut()).filteredOn(l -> l.reason() == LeftOutObject.Reason.DUPLICATE_BOX)
                .singleElement().satisfies(l -> {
                    assertThat(l.name()).isEqualTo(first.label());
                    assertThat(l.score()).isEqualTo(0.1);
                    assertThat(l.detail()).startsWith("its box overlaps #1 (" + first.label()).contains("IoU 0.");
                });
    }

    @Test
    void detectedObjectsTakeTheLabelMapPathAndAreDescribed() {
        List<Stage> stages = new ArrayList<>();
        LiftPipeline pipeline = LiftPipeline.withDetection(new ObjectDetection(image -> boxes, GrabCutMaskSource.defaults()));
        LiftInput in = new LiftInput(scene.color(), scene.depth(), scene.intrinsics(), null, null, null);

        LiftResult r = pipeline.run(in, LiftParameters.defaults(), List.of(), (s, f) -> {
            if (f == 1) {
                stages.add(s);
            }
        }, Cancellation.NEVER);

        assertThat(stages).containsExactly(Stage.BACK_PROJECT, Stage.VOXEL, Stage.PLANES, Stage.FLOOR, Stage.CANONICAL,
                Stage.DETECT, Stage.MASKS, Stage.OBJECTS, Stage.DESCRIBE, Stage.SCENE_FILTER);
        assertThat(r.perception().source()).isEqualTo(PerceptionReport.DETECTOR);
        assertThat(r.perception().masks()).hasSize(boxes.detections().size());
        LabelImage truth = scene.labels();
        LabelImage masks = maskLabels(r);
        Map<String, Double> ious = new java.util.LinkedHashMap<>();
        for (MaskReport m : r.perception().masks()) {
            double iou = iou(masks, m.id(), truth, truthId(m.detection()));
            LOG.info("{}: IoU {} with the true mask, {}, layer {} ({} ms)", m.detection().label(),
                    String.format("%.3f", iou), m.method(), m.layer(), String.format("%.1f", m.millis()));
            assertThat(m.kept()).as("%s: %s", m.detection().label(), m.leftOutReason()).isTrue();
            ious.put(m.detection().label(), iou);
        }
        assertThat(ious).allSatisfy((label, iou) -> assertThat(iou).as("IoU of %s's mask with the true one", label)
                .isGreaterThan(0.6));
        assertThat(r.objects()).hasSize(boxes.detections().size());
        for (SceneObject o : r.objects()) {
            assertThat(o.detectorScore()).isEqualTo(boxes.detections().get(o.id() - 1).score());
            assertThat(o.description().referringExpression()).isEqualTo("the " + o.name());
        }
        assertThat(r.perception().scene().accepted()).as(r.perception().scene().reason()).isTrue();
    }

    @Test
    void masksStageReportsEachBoxAndStopsInsideWhenCancelled() {
        assertThat(boxes.detections()).hasSizeGreaterThanOrEqualTo(3);
        List<Double> masks = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        LiftPipeline pipeline = LiftPipeline.withDetection(new ObjectDetection(image -> boxes, GrabCutMaskSource.defaults()));
        LiftInput in = new LiftInput(scene.color(), scene.depth(), scene.intrinsics(), null, null, null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pipeline.run(in, LiftParameters.defaults(), List.of(),
                (s, f) -> {
                    if (s == Stage.MASKS) {
                        masks.add(f);
                        cancelled.set(true);
                    }
                }, cancelled::get)).isInstanceOf(java.util.concurrent.CancellationException.class);

        assertThat(masks).as("stopped after the first of %d boxes", boxes.detections().size())
                .containsExactly(1.0 / boxes.detections().size());
    }

    @Test
    void labelMapIsNotUsedWhenObjectsComeFromTheDetector() {
        LiftPipeline pipeline = LiftPipeline.withDetection(new ObjectDetection(image -> boxes, GrabCutMaskSource.defaults()));
        LiftInput in = new LiftInput(scene.color(), scene.depth(), scene.intrinsics(),
                new ObjectLabels(scene.labels(), Map.of()), null, null);

        LiftResult r = pipeline.run(in, LiftParameters.defaults(), List.of(), ProgressListener.NONE, Cancellation.NEVER);

        assertThat(r.warnings()).contains("the label map is not used: objects come from the detector");
        assertThat(r.objects()).allSatisfy(o -> assertThat(o.detected()).isTrue());
    }

    /** One detection per true instance: its label-map bounding box, score falling with the id. */
    private static Detections truthBoxes(SampleScene s) {
        List<Detection> found = new ArrayList<>();
        for (TruthObject t : s.truth().objects()) {
            int minU = Integer.MAX_VALUE, minV = Integer.MAX_VALUE, maxU = -1, maxV = -1;
            LabelImage l = s.labels();
            for (int v = 0; v < l.height(); v++) {
                for (int u = 0; u < l.width(); u++) {
                    if (l.at(u, v) == t.id()) {
                        minU = Math.min(minU, u);
                        maxU = Math.max(maxU, u);
                        minV = Math.min(minV, v);
                        maxV = Math.max(maxV, v);
                    }
                }
            }
            found.add(new Detection(t.name(), t.id(), 0.9 - 0.05 * t.id(), new PixelBox(minU, minV, maxU + 1, maxV + 1)));
        }
        return new Detections(found, s.color().width(), s.color().height(), new DetectionTimings(0, 0, 0),
                new ModelProvenance("label-map boxes", Map.of(), "", "none", "", Map.of()));
    }

    private static int truthId(Detection d) {
        return d.classId();
    }

    private static LabelImage maskLabels(LiftResult r) {
        int w = scene.color().width(), h = scene.color().height();
        int[] ids = new int[w * h];
        for (SceneObject o : r.objects()) {
            for (int i : o.cloudIndices()) {
                ids[r.cloudCamera().pixel()[i]] = o.id();
            }
        }
        return new LabelImage(w, h, ids);
    }

    /** Intersection over union of the pixels with id a in x and id b in y (pixels with a point only, for x). */
    private static double iou(LabelImage x, int a, LabelImage y, int b) {
        int inter = 0, union = 0;
        for (int p = 0; p < x.ids().length; p++) {
            boolean inX = x.ids()[p] == a, inY = y.ids()[p] == b;
            inter += inX && inY ? 1 : 0;
            union += inX || inY ? 1 : 0;
        }
        return union == 0 ? 0 : (double) inter / union;
    }
}
