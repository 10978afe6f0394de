package org.spatiallift.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.annotation.AnnotationProvenance;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.PerceptionReport;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.testing.SharedData;

/**
 * The proof that QA from annotated objects are true of the picture: on the six real annotated frames of
 * ../shared/data/annotated, objects from each frame's own boxes (as {@code validate --objects-from boxes} and
 * {@code qa --objects} make them) give QA of which at least 98 % of those judged are valid, with most QA judged and a
 * yield of QA per frame reported beside it (validity bought by generating nothing does not count).
 */
class ObjectsFromAnnotationsValidityTest {

    @Test
    void qaFromTheAnnotatedBoxesAreAtLeast98PercentValidOnTheAnnotatedFrames() throws Exception {
        QaSettings settings = QaSettings.defaults().withPerImage(20);
        QaGenerator generator = QaGenerator.standard(settings);
        List<FrameReport> reports = new ArrayList<>();
        for (Path folder : GroundTruthReader.frames(SharedData.annotated())) {
            GroundTruthFrame truth = GroundTruthReader.read(folder);
            LoadedInput in = RgbdLoader.load(truth.request(false, true));
            LiftResult lift = new LiftPipeline().run(in.input(), LiftParameters.defaults(), in.warnings(),
                    ProgressListener.NONE, Cancellation.NEVER);
            assertThat(lift.perception().source()).isEqualTo(PerceptionReport.ANNOTATIONS);
            FrameReport report = FrameValidation.judge(truth, lift, ClassCompatibility.builtIn());
            QaScene scene = QaScene.of(truth.name(), lift, settings.margins(),
                    AnnotationProvenance.source(truth.name() + "/color.png", lift.input(), SceneSource.LABELS));
            List<QaJudgement> judged = new ArrayList<>();
            for (long seed = 1; seed <= 3; seed++) {
                judged.addAll(QaValidation.judge(scene, generator.generate(scene, seed).pairs(), report, truth,
                        settings.margins(), settings.units()));
            }
            reports.add(report.withQa(judged));
            assertThat(report.count(Verdict.WRONG_CLASS) + report.count(Verdict.DUPLICATE)).as(report.frame()).isZero();
        }

        QaSummary summary = QaSummary.of(reports);
        var o = summary.overall();
        System.out.printf("objects from annotations: %d frames, %d QA generated (%.1f per frame), %d judged, %d valid "
                + "(%.1f %%), invalid by reason %s%n", reports.size(), o.generated(), summary.yieldPerFrame(), o.judged(),
                o.valid(), 100 * o.validity(), summary.invalidByReason());
        assertThat(reports).hasSize(6);
        assertThat(summary.yieldPerFrame()).as("QA per frame").isGreaterThanOrEqualTo(20);
        assertThat(o.judged()).as("judged QA").isGreaterThanOrEqualTo(200);
        assertThat(o.judged()).as("most QA are judged").isGreaterThanOrEqualTo(o.generated() * 9 / 10);
        assertThat(o.validity()).as("validity of judged QA, invalid by reason %s", summary.invalidByReason())
                .isGreaterThanOrEqualTo(0.98);
    }
}
