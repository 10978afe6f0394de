package org.spatiallift.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.spatiallift.engine.export.PlyWriter;
import org.spatiallift.engine.export.SceneJsonWriter;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.perception.depth.DepthSource;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.perception.detect.Detector;
import org.spatiallift.engine.perception.mask.GrabCutMaskSource;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ObjectDetection;
import org.spatiallift.engine.pipeline.ProgressListener;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spatiallift lift}: one RGB-D frame to a canonical metric point cloud, its floor and its objects — from a label
 * map ({@code --labels}) or from the detector ({@code --detect}) — each described, and the scene filter's verdict.
 */
@Command(name = "lift", mixinStandardHelpOptions = true,
        description = "Lift an RGB-D frame into a metric point cloud in the gravity-aligned canonical frame.")
final class LiftCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    LiftOptions lift;

    @Option(names = "--depth-model", paramLabel = "ID|JSON",
            description = "Metric depth model for an image without --depth (default: the first installed one, see models list).")
    String depthModel;

    @Mixin
    DetectionOptions detection;

    @Option(names = "--out", paramLabel = "DIR", description = "Write cloud.ply (canonical frame) and scene.json here.")
    Path out;

    @Option(names = "--json", description = "Print the result as one JSON object on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException, IOException {
        checkDetectionUsage();
        if (input.depth != null && depthModel != null) {
            throw InputException.forValue("--depth-model", "given together with --depth", "Give one of them");
        }
        LoadedInput loaded = input.depth != null ? RgbdLoader.load(input.toRequest())
                : RgbdLoader.load(input.toRequest(),
                        new DepthSource(detection.models.store(), depthModel, InferenceOptions.defaults()));
        LiftResult result;
        if (detection.detect) {
            try (Detector detector = Detector.open(detection.models.locate(), detection.detectorOptions())) {
                result = LiftPipeline.withDetection(new ObjectDetection(detector::detect, GrabCutMaskSource.defaults()))
                        .run(loaded.input(), lift.toParameters(), loaded.warnings(), ProgressListener.NONE,
                                Cancellation.NEVER);
            }
        } else {
            result = new LiftPipeline().run(loaded.input(), lift.toParameters(), loaded.warnings(),
                    ProgressListener.NONE, Cancellation.NEVER);
        }
        ObjectNode tree = SceneJsonWriter.toJson(result);
        if (out != null) {
            write(result, tree);
        }
        var stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(Json.MAPPER.writeValueAsString(tree));
        } else {
            stdout.print(Summary.of(result, out));
        }
        stdout.flush();
        return 0;
    }

    private void checkDetectionUsage() {
        detection.checkUsage(spec, input.labels != null);
    }

    private void write(LiftResult result, ObjectNode tree) throws InputException, IOException {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new InputException(out, "cannot create the output folder (" + e.getMessage() + ")",
                    "Choose a folder you can write to with --out", e);
        }
        PlyWriter.write(result.cloudCanonical(),
                PlyWriter.instanceIds(result.cloudCanonical().size(), result.objects()), out.resolve("cloud.ply"));
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.resolve("scene.json").toFile(), tree);
    }
}
