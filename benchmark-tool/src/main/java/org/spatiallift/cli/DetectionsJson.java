package org.spatiallift.cli;

import org.spatiallift.engine.perception.detect.Detection;
import org.spatiallift.engine.perception.detect.Detections;
import org.spatiallift.engine.perception.detect.ModelProvenance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON contract of {@code detect}: {@code {"model": id, "detections": [{"label", "score", "box_xyxy": [x0, y0,
 * x1, y1]}]}} with boxes in the image's own pixels, best first, plus the image size, timings and provenance.
 */
final class DetectionsJson {

    private DetectionsJson() {
    }

    static ObjectNode of(Detections d) {
        ObjectNode tree = Json.MAPPER.createObjectNode();
        tree.put("model", d.provenance().modelId());
        ArrayNode list = tree.putArray("detections");
        for (Detection x : d.detections()) {
            ObjectNode o = list.addObject();
            o.put("label", x.label());
            o.put("class_id", x.classId());
            o.put("score", round(x.score(), 4));
            o.putArray("box_xyxy").add(round(x.box().x0(), 2)).add(round(x.box().y0(), 2)).add(round(x.box().x1(), 2))
                    .add(round(x.box().y1(), 2));
        }
        tree.putArray("image_size_px").add(d.imageWidth()).add(d.imageHeight());
        ObjectNode t = tree.putObject("timings_ms");
        t.put("preprocess", round(d.timings().preprocessMs(), 3));
        t.put("inference", round(d.timings().inferenceMs(), 3));
        t.put("postprocess", round(d.timings().postprocessMs(), 3));
        tree.set("provenance", provenance(d.provenance()));
        return tree;
    }

    static ObjectNode provenance(ModelProvenance p) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("model", p.modelId());
        ObjectNode files = o.putObject("files_sha256");
        p.fileSha256().forEach(files::put);
        o.put("onnx_sha256", p.onnxSha256());
        o.put("runtime", p.runtime());
        o.put("runtime_version", p.runtimeVersion());
        ObjectNode so = o.putObject("session_options");
        p.sessionOptions().forEach(so::put);
        return o;
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
