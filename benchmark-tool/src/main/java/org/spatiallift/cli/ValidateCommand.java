package org.spatiallift.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.validate.ClassCompatibility;
import org.spatiallift.engine.validate.FrameReport;
import org.spatiallift.engine.validate.FrameValidation;
import org.spatiallift.engine.validate.GroundTruthFrame;
import org.spatiallift.engine.validate.GroundTruthReader;
import org.spatiallift.engine.validate.ValidationSummary;
import org.spatiallift.engine.validate.Verdict;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spatiallift validate}: lifts annotated frames and reports how true the result is (docs/ground-truth-format.md):
 * gravity and camera-height errors, and each object matched to the annotated boxes.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Measures the pipeline on frames with ground truth (docs/ground-truth-format.md): gravity and "
                + "camera-height errors, objects correct / wrong class / duplicate / not judged, box errors. Objects "
                + "from the detector (--detect) or from each frame's instance masks.")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--gt", required = true, paramLabel = "DIR",
            description = "An annotated frame folder, or a folder of them (repeatable).")
    List<Path> groundTruth;

    @Mixin
    LiftCoreOptions lift;

    @Mixin
    DetectionOptions detection;

    @Option(names = "--json", description = "Print {\"frames\": n, \"objects\": {...}, \"gravity_error_deg\": {\"median\","
            + " \"max\"}, \"camera_height_error_m\": {...}, \"per_frame\": [...]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        detection.checkUsage(spec, false);
        List<Path> frames = new ArrayList<>();
        for (Path dir : groundTruth) {
            frames.addAll(GroundTruthReader.frames(dir));
        }
        LiftParameters parameters = lift.toParameters(null);
        ClassCompatibility classes = ClassCompatibility.builtIn();
        List<FrameReport> reports = new ArrayList<>();
        try (ObjectSource objects = detection.objectSource(1)) {
            for (Path folder : frames) {
                GroundTruthFrame truth = GroundTruthReader.read(folder);
                LoadedInput loaded = RgbdLoader.load(request(truth));
                LiftResult result = objects.withPipeline(p -> p.run(loaded.input(), parameters, loaded.warnings(),
                        ProgressListener.NONE, Cancellation.NEVER));
                reports.add(FrameValidation.judge(truth, result, classes));
            }
        }
        ValidationSummary summary = ValidationSummary.of(reports);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(ValidationJson.of(summary, reports,
                    detection.detect ? "detector" : "instance masks")));
        } else {
            for (FrameReport r : reports) {
                out.printf("%s: gravity error %.2f°, camera height %.2f m (true %s), objects: %d correct, %d wrong class,"
                        + " %d duplicate, %d not judged%n", r.frame(), r.gravityErrorDeg(), r.cameraHeightM(),
                        Double.isNaN(r.trueCameraHeightM()) ? "unknown" : String.format("%.2f m", r.trueCameraHeightM()),
                        r.count(Verdict.CORRECT), r.count(Verdict.WRONG_CLASS), r.count(Verdict.DUPLICATE),
                        r.count(Verdict.NOT_JUDGED));
            }
            out.printf("%d frames: gravity error median %.2f°, max %.2f°; camera height error median %.3f m, max %.3f m;"
                    + " objects %d correct, %d wrong class, %d duplicate, %d not judged; heights within 15 %%: %s%n",
                    summary.frames(), summary.gravityErrorMedianDeg(), summary.gravityErrorMaxDeg(),
                    summary.cameraHeightErrorMedianM(), summary.cameraHeightErrorMaxM(), summary.correct(),
                    summary.wrongClass(), summary.duplicates(), summary.notJudged(),
                    Double.isNaN(summary.heightWithin15Percent()) ? "no correct object"
                            : String.format("%.0f %% of correct objects", 100 * summary.heightWithin15Percent()));
        }
        out.flush();
        return 0;
    }

    /** The frame's colour and depth with its own intrinsics; its instance masks as labels unless the detector runs. */
    private RgbdRequest request(GroundTruthFrame truth) {
        var k = truth.intrinsics();
        RgbdRequest r = RgbdRequest.of(truth.colorFile(), truth.depthFile()).withFormat(DepthFormat.PNG16,
                truth.depthScale()).withIntrinsics(new IntrinsicsSpec(k.fx(), k.fy(), k.cx(), k.cy()));
        if (!detection.detect && truth.instanceMap() != null) {
            r = r.withLabels(truth.instanceMap(), truth.folder().resolve("instances.txt"));
        }
        return r;
    }
}
