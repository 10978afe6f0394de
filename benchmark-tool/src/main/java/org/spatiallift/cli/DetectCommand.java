package org.spatiallift.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.io.ColorImageReader;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.perception.detect.Detection;
import org.spatiallift.engine.perception.detect.DetectionException;
import org.spatiallift.engine.perception.detect.Detections;
import org.spatiallift.engine.perception.detect.Detector;
import org.spatiallift.engine.perception.detect.DetectorOptions;
import org.spatiallift.engine.io.TerminalText;

import com.fasterxml.jackson.core.JsonProcessingException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spatiallift detect}: COCO objects in one image, boxes in the image's own pixels, best first. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Detect objects (COCO-80 classes) in an image with the CenterNet detector on ONNX Runtime.")
final class DetectCommand implements Callable<Integer> {

    @Option(names = "--image", required = true, paramLabel = "IMG", description = "Colour image (JPEG, PNG, BMP, PPM).")
    Path image;

    @Mixin
    ModelOptions models;

    @Option(names = "--threshold", paramLabel = "S", defaultValue = "0.3",
            description = "Keep detections with score ≥ S, in [0, 1] (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--detector-fit", paramLabel = "auto|stretch|letterbox|tiles",
            description = "How the image is fitted to the detector's input: auto (stretch, but tiles for frames over twice as wide as the input, e.g. KITTI), stretch, letterbox (aspect ratio kept, padded) or tiles (overlapping windows plus a letterboxed pass, merged).")
    String fit;

    @Option(names = "--json", description = "Print {\"model\": id, \"detections\": [{\"label\", \"score\", \"box_xyxy\"}]} on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException, DetectionException, JsonProcessingException {
        DetectorOptions options = DetectOptionsCheck.options(threshold, 0, fit);
        ColorImage img = ColorImageReader.read(image, ImageLimits.defaults()).image();
        Detections d;
        try (Detector detector = Detector.open(models.locate(), options)) {
            d = detector.detect(img);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(DetectionsJson.of(d)));
        } else {
            out.printf(Locale.ROOT, "%d objects (score ≥ %.2f) in %s (%dx%d px), model %s:%n", d.detections().size(),
                    threshold, TerminalText.escape(image.toString()), d.imageWidth(), d.imageHeight(), d.provenance().modelId());
            for (Detection x : d.detections()) {
                out.printf(Locale.ROOT, "  %-14s %.3f  box x %.1f–%.1f px, y %.1f–%.1f px%n", x.label(), x.score(),
                        x.box().x0(), x.box().x1(), x.box().y0(), x.box().y1());
            }
            out.printf(Locale.ROOT, "time: pre-processing %.1f ms, inference %.1f ms, post-processing %.1f ms%n",
                    d.timings().preprocessMs(), d.timings().inferenceMs(), d.timings().postprocessMs());
        }
        out.flush();
        return 0;
    }
}
