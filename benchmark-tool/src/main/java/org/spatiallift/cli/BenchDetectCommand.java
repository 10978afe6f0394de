package org.spatiallift.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.io.ColorImageReader;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.perception.detect.DetectionException;
import org.spatiallift.engine.perception.detect.Detections;
import org.spatiallift.engine.perception.detect.Detector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spatiallift bench detect}: decodes the image and opens the detector once, then runs it {@code --runs} times
 * after {@code --warmup} runs and reports the medians of pre-processing, inference, post-processing and end to end
 * (wall time of one {@code detect} call), in milliseconds. Model loading is reported apart, and the memory the loaded
 * model takes (resident set growth after opening it and one run, and the Java heap part of it).
 */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Median detector times (pre-processing, inference, post-processing, end to end) over N runs after warm-up.")
final class BenchDetectCommand implements Callable<Integer> {

    @Option(names = "--image", required = true, paramLabel = "IMG", description = "Colour image.")
    Path image;

    @Mixin
    ModelOptions models;

    @Option(names = "--threshold", paramLabel = "S", defaultValue = "0.3", description = "Score threshold (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "ONNX Runtime intra-op threads (default ${DEFAULT-VALUE}: one per available processor).")
    int threads;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "Timed runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5", description = "Untimed warm-up runs (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", description = "Print {\"runs\": N, \"median_ms\": {...}} on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException, DetectionException, JsonProcessingException {
        if (runs < 1 || warmup < 0) {
            throw InputException.forValue("--runs/--warmup", "runs must be at least 1 and warm-up at least 0, got " + runs
                    + " and " + warmup, "Give --runs 20 --warmup 5, for example");
        }
        var options = DetectOptionsCheck.options(threshold, threads);
        ColorImage img = ColorImageReader.read(image, ImageLimits.defaults()).image();
        List<Double> pre = new ArrayList<>();
        List<Double> inf = new ArrayList<>();
        List<Double> post = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        long heapBefore = ResidentMemory.heapUsedBytes();
        long residentBefore = ResidentMemory.residentBytes();
        long residentLoaded;
        long heapLoaded;
        long l0 = System.nanoTime();
        Detections last = null;
        double loadMs;
        try (Detector detector = Detector.open(models.locate(), options)) {
            loadMs = (System.nanoTime() - l0) / 1e6;
            detector.detect(img);
            heapLoaded = ResidentMemory.heapUsedBytes();
            residentLoaded = ResidentMemory.residentBytes();
            for (int i = 0; i < warmup + runs; i++) {
                long t0 = System.nanoTime();
                last = detector.detect(img);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (i >= warmup) {
                    total.add(ms);
                    pre.add(last.timings().preprocessMs());
                    inf.add(last.timings().inferenceMs());
                    post.add(last.timings().postprocessMs());
                }
            }
        }
        ObjectNode tree = Json.MAPPER.createObjectNode();
        tree.put("model", last.provenance().modelId());
        tree.put("runs", runs);
        tree.put("warmup", warmup);
        tree.putArray("image_size_px").add(img.width()).add(img.height());
        tree.put("detections", last.detections().size());
        tree.put("load_ms", DetectionsJson.round(loadMs, 1));
        ObjectNode memory = tree.putObject("memory_mib");
        memory.put("resident_before", ResidentMemory.mib(residentBefore));
        memory.put("resident_loaded", ResidentMemory.mib(residentLoaded));
        memory.put("model_resident", residentBefore < 0 ? -1 : ResidentMemory.mib(residentLoaded - residentBefore));
        memory.put("model_heap", ResidentMemory.mib(heapLoaded - heapBefore));
        ObjectNode median = tree.putObject("median_ms");
        median.put("preprocess", DetectionsJson.round(Stats.median(pre), 3));
        median.put("inference", DetectionsJson.round(Stats.median(inf), 3));
        median.put("postprocess", DetectionsJson.round(Stats.median(post), 3));
        median.put("end_to_end", DetectionsJson.round(Stats.median(total), 3));
        tree.set("provenance", DetectionsJson.provenance(last.provenance()));
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(tree));
        } else {
            out.printf(Locale.ROOT, "%d runs after %d warm-up on %s (%dx%d), model loaded in %.0f ms; median:%n", runs,
                    warmup, image, img.width(), img.height(), loadMs);
            median.properties().forEach(e -> out.printf(Locale.ROOT, "  %-12s %9.3f ms%n", e.getKey(), e.getValue().asDouble()));
            out.printf(Locale.ROOT, "loaded model (after one run): %.1f MiB resident (native + Java), of it %.1f MiB Java heap%n",
                    memory.path("model_resident").asDouble(), memory.path("model_heap").asDouble());
        }
        out.flush();
        return 0;
    }
}
