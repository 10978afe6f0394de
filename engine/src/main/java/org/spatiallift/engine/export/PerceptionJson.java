package org.spatiallift.engine.export;

import java.util.Locale;

import org.spatiallift.engine.perception.detect.Detection;
import org.spatiallift.engine.perception.detect.Detections;
import org.spatiallift.engine.perception.detect.PixelBox;
import org.spatiallift.engine.perception.filter.SceneVerdict;
import org.spatiallift.engine.perception.mask.MaskReport;
import org.spatiallift.engine.pipeline.PerceptionReport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The perception part of a lift's JSON: {@code objects_from} ("labels", "detector" or "none"); with a detector,
 * {@code detector} — the model's provenance, its timings and one entry per detection with its box ({@code _px}: image
 * pixels) and its mask (method, pixels, depth layer, milliseconds) or the reason it was left out, and
 * {@code masks_from} — "grabcut", or "model" with the segmentation model's id and file hashes; and, when objects
 * were sought, {@code scene_filter} — accepted, method and reason.
 */
final class PerceptionJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PerceptionJson() {
    }

    static void add(ObjectNode root, PerceptionReport p) {
        root.put("objects_from", p.source());
        Detections d = p.detections();
        if (d != null) {
            ObjectNode det = root.putObject("detector");
            det.put("model", d.provenance().modelId());
            det.put("onnx_sha256", d.provenance().onnxSha256());
            det.put("runtime", d.provenance().runtime() + " " + d.provenance().runtimeVersion());
            ObjectNode t = det.putObject("timings_ms");
            t.put("preprocess", SceneJsonWriter.round(d.timings().preprocessMs(), 1e3));
            t.put("inference", SceneJsonWriter.round(d.timings().inferenceMs(), 1e3));
            t.put("postprocess", SceneJsonWriter.round(d.timings().postprocessMs(), 1e3));
            ObjectNode masksFrom = det.putObject("masks_from");
            if (p.segmenter() == null) {
                masksFrom.put("method", "grabcut");
            } else {
                masksFrom.put("method", "model");
                masksFrom.put("model", p.segmenter().modelId());
                ObjectNode sha = masksFrom.putObject("sha256");
                p.segmenter().fileSha256().forEach(sha::put);
            }
            ArrayNode list = det.putArray("detections");
            for (MaskReport m : p.masks()) {
                list.add(detection(m));
            }
        }
        SceneVerdict v = p.scene();
        if (v != null) {
            ObjectNode f = root.putObject("scene_filter");
            f.put("accepted", v.accepted());
            f.put("method", v.method());
            f.put("reason", v.reason());
        }
    }

    private static ObjectNode detection(MaskReport m) {
        Detection d = m.detection();
        ObjectNode node = NODES.objectNode();
        node.put("id", m.id());
        node.put("label", d.label());
        node.put("score", SceneJsonWriter.round(d.score(), 1e4));
        PixelBox b = d.box();
        node.set("box_xyxy_px", NODES.arrayNode().add(SceneJsonWriter.round(b.x0(), 10)).add(SceneJsonWriter.round(b.y0(), 10))
                .add(SceneJsonWriter.round(b.x1(), 10)).add(SceneJsonWriter.round(b.y1(), 10)));
        ObjectNode mask = node.putObject("mask");
        mask.put("method", m.method() == null ? null : m.method().name().toLowerCase(Locale.ROOT));
        mask.put("pixel_count", m.pixels());
        mask.put("depth_pixel_count", m.depthPixels());
        if (m.layer() != null) {
            mask.put("layer_mode_m", SceneJsonWriter.metres(m.layer().modeM()));
            mask.set("layer_m", NODES.arrayNode().add(SceneJsonWriter.metres(m.layer().nearM()))
                    .add(SceneJsonWriter.metres(m.layer().farM())));
        }
        mask.put("time_ms", SceneJsonWriter.round(m.millis(), 1e3));
        node.put("left_out", m.leftOutReason());
        return node;
    }
}
