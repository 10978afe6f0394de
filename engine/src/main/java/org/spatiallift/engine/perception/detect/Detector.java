package org.spatiallift.engine.perception.detect;

import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;

/**
 * An object detector: the only thing that runs its model, {@link AutoCloseable} (it owns a native session) and
 * <b>not thread-safe</b> (one per worker thread). Which runner a model gets is decided in one place, {@link #open},
 * by its manifest's decoder kind: {@code centernet} (the COCO CenterNet, the default that works offline,
 * {@link CenterNetDetector}) or {@code owlv2} (an open-vocabulary OWLv2 ONNX export prompted with a label list,
 * {@link OwlV2Detector}).
 */
public interface Detector extends AutoCloseable {

    /** The decoder kind of open-vocabulary OWLv2 exports. */
    String OWLV2 = "owlv2";

    /** The detections in {@code image}, best first, boxes in the image's own pixels. */
    Detections detect(ColorImage image) throws DetectionException;

    ModelManifest manifest();

    ModelProvenance provenance();

    @Override
    void close();

    /** Opens the runner the model's manifest asks for (decoder "kind"; CenterNet when it names none). */
    static Detector open(LocatedModel model, DetectorOptions options) throws ModelException {
        String kind = model.manifest().decoder().getOrDefault("kind", "centernet");
        if (OWLV2.equals(kind)) {
            if (options.fit() != InputFit.AUTO) {
                throw new ModelException(model.graphFile(), model.manifest().id() + " always pads the image to a "
                        + "square (OWLv2's own pre-processing); the image fit \"" + options.fit().cliName()
                        + "\" applies to the CenterNet detector only",
                        "Leave the image fit at auto for this model");
            }
            return OwlV2Detector.open(model, options);
        }
        return CenterNetDetector.open(model, options);
    }
}
