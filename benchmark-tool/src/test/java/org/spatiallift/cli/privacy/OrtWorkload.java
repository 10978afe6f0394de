package org.spatiallift.cli.privacy;

import java.nio.file.Path;

import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.io.ColorImageReader;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.perception.detect.Detector;
import org.spatiallift.engine.perception.detect.DetectorOptions;
import org.spatiallift.engine.perception.detect.OnnxBytes;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

/**
 * A detector workload of at least the given seconds in its own JVM, for the privacy tests.
 * {@code engine SECONDS IMAGE}: SpatialLift's detector (as every entry point opens it) detecting in a loop.
 * {@code raw SECONDS}: the control — the same model in a session opened straight from ONNX Runtime, without
 * SpatialLift's telemetry switch, kept open as long; it shows that the tests would see telemetry if it ran.
 * The model comes from the configured store ({@code SPATIALLIFT_MODELS}).
 */
public final class OrtWorkload {

    private OrtWorkload() {
    }

    public static void main(String[] args) throws Exception {
        long until = System.nanoTime() + (long) (Double.parseDouble(args[1]) * 1e9);
        ModelStore store = ModelStore.configured();
        LocatedModel model = store.locate(ModelManifests.resolve(ModelManifests.DEFAULT_DETECTOR));
        int runs = 0;
        if (args[0].equals("engine")) {
            ColorImage image = ColorImageReader.read(Path.of(args[2]), ImageLimits.defaults()).image();
            try (Detector d = Detector.open(model, DetectorOptions.defaults())) {
                while (System.nanoTime() < until) {
                    d.detect(image);
                    runs++;
                }
            }
        } else {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions so = new OrtSession.SessionOptions();
                    OrtSession s = env.createSession(OnnxBytes.of(model), so)) {
                while (System.nanoTime() < until) {
                    Thread.sleep(200);
                    runs++;
                }
            }
        }
        System.out.println("runs " + runs);
    }
}
