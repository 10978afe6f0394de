package org.spatiallift.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.io.TerminalText;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.QaBatch;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.validate.ClassCompatibility;
import org.spatiallift.engine.validate.FrameReport;
import org.spatiallift.engine.validate.FrameValidation;
import org.spatiallift.engine.validate.GroundTruthFrame;
import org.spatiallift.engine.validate.GroundTruthReader;
import org.spatiallift.engine.validate.ObjectVerdict;
import org.spatiallift.engine.validate.QaJudgement;
import org.spatiallift.engine.validate.QaSummary;
import org.spatiallift.engine.validate.QaValidation;
import org.spatiallift.engine.validate.ValidationSummary;
import org.spatiallift.engine.validate.Verdict;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spatiallift validate}: lifts annotated frames and reports how true the result is (docs/ground-truth-format.md):
 * gravity and camera-height errors, and each object matched to the annotated boxes.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Measures the pipeline on frames with ground truth (docs/ground-truth-format.md): gravity and "
                + "camera-height errors, objects correct / wrong class / duplicate / not judged, box errors. Objects "
                + "from the detector (--detect), from each frame's instance masks or from its annotated boxes "
                + "(--objects-from).")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--gt", required = true, paramLabel = "DIR",
            description = "An annotated frame folder, or a folder of them (repeatable).")
    List<Path> groundTruth;

    @Mixin
    LiftCoreOptions lift;

    @Mixin
    DetectionOptions detection;

    @Mixin
    QaOptions qa;

    @Option(names = "--objects-from", paramLabel = "masks|boxes|boxes+masks",
            description = "Without --detect: objects from each frame's instance masks (masks, the default), from its "
                    + "annotated boxes (boxes: objects from annotations, as lift/qa/generate --objects), or from the "
                    + "boxes narrowed by the masks (boxes+masks).")
    String objectsFrom;

    @Option(names = "--seeds", paramLabel = "S", split = ",",
            description = "Generate QA with each of these seeds (default: --seed alone); more seeds judge more QA.")
    List<Long> seeds;

    @Option(names = "--json", description = "Print {\"frames\": n, \"objects\": {...}, \"gravity_error_deg\": {\"median\","
            + " \"max\"}, \"camera_height_error_m\": {...}, \"qa\": {\"generated\", \"judged\", \"valid\", \"validity\","
            + " \"invalid_by_reason\", \"per_category\"}, \"per_frame\": [...]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (detection.detect && objectsFrom != null) {
            throw new ParameterException(spec.commandLine(), "--objects-from and --detect are mutually exclusive: "
                    + "objects come from the detector or from the annotations, not both. Drop one of them");
        }
        detection.checkUsage(spec, false);
        String mode = objectsFrom == null ? "masks" : objectsFrom;
        if (!List.of("masks", "boxes", "boxes+masks").contains(mode)) {
            throw InputException.forValue("--objects-from", "must be masks, boxes or boxes+masks, got \"" + mode
                    + "\"", "Give --objects-from boxes, for example");
        }
        boolean masks = !detection.detect && mode.contains("masks");
        boolean boxes = !detection.detect && mode.contains("boxes");
        List<Path> frames = new ArrayList<>();
        for (Path dir : groundTruth) {
            frames.addAll(GroundTruthReader.frames(dir));
        }
        LiftParameters parameters = lift.toParameters(qa.ransacSeed);
        QaSettings settings = qa.toSettings();
        QaGenerator generator = Generators.of(settings);
        List<Long> qaSeeds = seeds == null || seeds.isEmpty() ? List.of(settings.seed()) : seeds;
        ClassCompatibility classes = ClassCompatibility.builtIn();
        List<FrameReport> reports = new ArrayList<>();
        try (ObjectSource objects = detection.objectSource(1)) {
            for (Path folder : frames) {
                GroundTruthFrame truth = GroundTruthReader.read(folder);
                LoadedInput loaded = RgbdLoader.load(truth.request(masks, boxes));
                LiftParameters frameParameters = lift.forInput(parameters, loaded.depthEncoding());
                LiftResult result = objects.withPipeline(p -> p.run(loaded.input(), frameParameters, loaded.warnings(),
                        ProgressListener.NONE, Cancellation.NEVER));
                FrameReport report = FrameValidation.judge(truth, result, classes);
                QaScene scene = objects.scene(truth.name(), result, settings.margins());
                List<QaJudgement> judged = new ArrayList<>();
                for (long seed : qaSeeds) {
                    QaBatch batch = generator.generate(scene, seed);
                    judged.addAll(QaValidation.judge(scene, batch.pairs(), report, truth, settings.margins(),
                            settings.units()));
                }
                reports.add(report.withQa(judged));
            }
        }
        ValidationSummary summary = ValidationSummary.of(reports);
        QaSummary qaSummary = QaSummary.of(reports);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(ValidationJson.of(summary, qaSummary, reports,
                    detection.detect ? "detector" : boxes ? (masks ? "annotated boxes and instance masks"
                            : "annotated boxes") : "instance masks")));
        } else {
            for (FrameReport r : reports) {
                out.printf("%s: gravity error %.2f° (%s), camera height %.2f m (true %s), objects: %d correct,"
                        + " %d wrong class, %d duplicate, %d not judged%n", TerminalText.escape(r.frame()), r.gravityErrorDeg(),
                        GravityUncertainty.of(r.gravityUncertaintyDeg()), r.cameraHeightM(),
                        Double.isNaN(r.trueCameraHeightM()) ? "unknown" : String.format("%.2f m", r.trueCameraHeightM()),
                        r.count(Verdict.CORRECT), r.count(Verdict.WRONG_CLASS), r.count(Verdict.DUPLICATE),
                        r.count(Verdict.NOT_JUDGED));
                for (ObjectVerdict v : r.objects()) {
                    if (v.rejected()) {
                        out.printf("    rejected object %d (%s; truth: %s): %s%n", v.objectId(), TerminalText.escape(v.label()),
                                v.groundTruthName() == null ? "no annotated box" : TerminalText.escape(v.groundTruthName()),
                                TerminalText.escape(v.rejection()));
                    }
                }
                out.printf("    QA: %d generated, %d judged, %d valid%n", r.qa().size(),
                        r.qa().stream().filter(QaJudgement::judged).count(), r.qa().stream().filter(QaJudgement::valid).count());
            }
            out.printf("%d frames: gravity error median %.2f°, max %.2f°; camera height error median %.3f m, max %.3f m;"
                    + " objects %d correct, %d wrong class, %d duplicate, %d not judged; rejected as implausible %d"
                    + " (truth: %d wrong class, %d correct, %d not judged, %d duplicate); heights within 15 %%: %s%n",
                    summary.frames(), summary.gravityErrorMedianDeg(), summary.gravityErrorMaxDeg(),
                    summary.cameraHeightErrorMedianM(), summary.cameraHeightErrorMaxM(), summary.correct(),
                    summary.wrongClass(), summary.duplicates(), summary.notJudged(),
                    summary.rejectedWrongClass() + summary.rejectedCorrect() + summary.rejectedNotJudged()
                            + summary.rejectedDuplicates(),
                    summary.rejectedWrongClass(), summary.rejectedCorrect(), summary.rejectedNotJudged(),
                    summary.rejectedDuplicates(),
                    Double.isNaN(summary.heightWithin15Percent()) ? "no correct object"
                            : String.format("%.0f %% of correct objects", 100 * summary.heightWithin15Percent())
                            + (Double.isNaN(summary.heightWithin15PercentWhole()) ? ", none seen whole"
                            : String.format(", %.0f %% of the %d seen whole", 100 * summary.heightWithin15PercentWhole(),
                                    summary.wholeCorrect())));
            var o = qaSummary.overall();
            out.printf("QA: %d generated (%.1f per frame), %d judged, %d valid: validity %s; invalid by reason %s; not judged"
                    + " by reason %s%n", o.generated(), qaSummary.yieldPerFrame(), o.judged(), o.valid(),
                    Double.isNaN(o.validity()) ? "not measured (nothing judged)" : String.format("%.1f %%", 100 * o.validity()),
                    qaSummary.invalidByReason(), qaSummary.notJudgedByReason());
        }
        out.flush();
        return 0;
    }
}
