package org.spatiallift.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.frame.CameraOrientation;
import org.spatiallift.engine.geom.Mat3;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.qa.QaBatch;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.SceneSource;

/**
 * QA judged on annotated boxes: a scene made of the true boxes themselves is valid throughout (every category, the
 * stated distances of "near" included), and a scene whose objects are placed wrongly is caught.
 */
class QaValidationTest {

    private static final double HEIGHT = 1.4;
    private static final Vec3 DOWN = new Vec3(0, 0.9, 0.1).normalized();

    @Test
    void qaFromTheTrueBoxesAreAllJudgedAndValid() {
        GroundTruthFrame truth = truth();
        QaScene scene = scene(truth, Vec3.ZERO);
        FrameReport report = report(truth);
        QaSettings settings = QaSettings.defaults().withPerImage(200);

        List<QaJudgement> judged = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            QaBatch batch = QaGenerator.standard(settings).generate(scene, seed);
            judged.addAll(QaValidation.judge(scene, batch.pairs(), report, truth, settings.margins(), settings.units()));
        }

        assertThat(judged).hasSizeGreaterThan(300);
        assertThat(judged).filteredOn(j -> !j.judged()).extracting(QaJudgement::reason)
                .containsOnly("needs_complete_object_list");
        assertThat(judged).filteredOn(QaJudgement::judged).allMatch(QaJudgement::valid, "valid");
        assertThat(judged).extracting(QaJudgement::category).contains("near", "left_of", "height", "choose_taller");
    }

    @Test
    void objectsPlacedWronglyGiveInvalidAnswersAndWrongClassesInvalidateTheirQa() {
        GroundTruthFrame truth = truth();
        // the lift put the lamp 1.5 m further right than it is
        QaScene scene = scene(truth, new Vec3(1.5, 0, 0));
        FrameReport report = report(truth);
        QaSettings settings = QaSettings.defaults().withPerImage(200);
        List<QaPair> pairs = QaGenerator.standard(settings).generate(scene, 3).pairs();

        List<QaJudgement> judged = QaValidation.judge(scene, pairs, report, truth, settings.margins(), settings.units());

        assertThat(judged).anyMatch(j -> "answer_differs".equals(j.reason()));
        assertThat(judged).anyMatch(QaJudgement::valid);

        List<ObjectVerdict> wrong = new ArrayList<>(report.objects());
        wrong.set(0, new ObjectVerdict(1, "table", Verdict.WRONG_CLASS, 0, "bed", 0.5, null));
        FrameReport withWrong = new FrameReport("f", true, 0, HEIGHT, HEIGHT, "given", wrong, List.of());
        List<QaJudgement> again = QaValidation.judge(scene, pairs, withWrong, truth, settings.margins(), settings.units());
        for (int i = 0; i < pairs.size(); i++) {
            boolean namesTable = pairs.get(i).objects().stream().anyMatch(o -> o.id() == 1);
            if (namesTable) {
                assertThat(again.get(i).reason()).isEqualTo("wrong_class");
            }
        }
    }

    private static GroundTruthFrame truth() {
        // columns: box axis 0 (camera x), axis 1 along gravity (down), axis 2 completing the frame
        Vec3 a0 = Vec3.UNIT_X;
        Vec3 a1 = DOWN;
        Vec3 a2 = a0.cross(a1).normalized();
        Mat3 axes = Mat3.ofColumns(a0, a1, a2);
        List<GroundTruthBox> boxes = List.of(
                box("table", 0, 3.2, 1.2, 0.75, 0.7, axes),
                box("chair", -1.1, 2.4, 0.5, 0.9, 0.5, axes),
                box("lamp", 1.3, 3.6, 0.3, 1.7, 0.3, axes),
                box("garbagebin", 0.6, 2.0, 0.35, 0.45, 0.35, axes));
        return new GroundTruthFrame(Path.of("gt", "synthetic"), Path.of("color.png"), Path.of("depth.png"), 1000,
                Intrinsics.primeSense(), boxes, DOWN, null, Map.of());
    }

    /** A box standing on the floor HEIGHT below the camera, its centre x m right and roughly z m ahead. */
    private static GroundTruthBox box(String name, double x, double z, double length, double height, double width,
            Mat3 axes) {
        // a point on the floor below (x, ?, z): p·down = HEIGHT; the centre is height/2 above it along −down
        Vec3 ahead = new Vec3(x, 0, z);
        double t = (HEIGHT - ahead.dot(DOWN)) / DOWN.dot(DOWN);
        Vec3 floorPoint = ahead.plus(DOWN.times(t));
        return new GroundTruthBox(name, floorPoint.minus(DOWN.times(height / 2)), new Vec3(length, height, width), axes);
    }

    /** The true boxes as a lifted scene would hold them (true frame), the lamp moved by {@code lampShift}. */
    private static QaScene scene(GroundTruthFrame truth, Vec3 lampShift) {
        RigidTransform t = CameraOrientation.cameraToCanonical(DOWN, HEIGHT);
        List<QaObject> objects = new ArrayList<>();
        for (int i = 0; i < truth.boxes().size(); i++) {
            GroundTruthBox b = truth.boxes().get(i);
            Vec3 shift = b.name().equals("lamp") ? lampShift : Vec3.ZERO;
            RigidTransform placed = new RigidTransform(Mat3.IDENTITY, shift).after(t);
            objects.add(new QaObject(i + 1, b.name(), "the " + b.name(), b.aabb(placed), b.orientedBox(placed)));
        }
        return QaScene.ofObjects("synthetic", objects, true, HEIGHT, SceneSource.SYNTHETIC);
    }

    private static FrameReport report(GroundTruthFrame truth) {
        List<ObjectVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < truth.boxes().size(); i++) {
            verdicts.add(new ObjectVerdict(i + 1, truth.boxes().get(i).name(), Verdict.CORRECT, i,
                    truth.boxes().get(i).name(), 1, null));
        }
        return new FrameReport("synthetic", true, 0, HEIGHT, HEIGHT, "given", verdicts, List.of());
    }
}
