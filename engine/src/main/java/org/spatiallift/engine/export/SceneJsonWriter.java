package org.spatiallift.engine.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.geom.Mat3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.io.AtomicOutput;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.scene.ObjectDescription;
import org.spatiallift.engine.scene.SceneObject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A lifted scene as JSON (Jackson tree model): the canonical flag, intrinsics, the floor (support plane, camera
 * height, pitch, roll and the camera-to-canonical transform), objects (with, once described, {@code label},
 * {@code color}, {@code caption}, {@code description} — the unique referring expression, null when ambiguous — and
 * {@code ambiguous} — the reason, null when not; {@code score} and {@code rejected} — why its measured box contradicts
 * its label and it is left out of QA, null when not — for detected objects). Every key names its unit
 * ({@code _m} metres, {@code _deg} degrees, {@code _px} pixels) and, for coordinates and directions, its frame
 * ({@code _camera}: x right, y down, z forward; {@code _canonical}: z up, origin on the support plane under the
 * camera). Metres are rounded to 0.01 mm and degrees to 0.0001°; values that are not finite are written as null.
 */
public final class SceneJsonWriter {

    public static final String FORMAT = "spatiallift-scene";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SceneJsonWriter() {
    }

    public static ObjectNode toJson(Intrinsics intrinsics, CanonicalFrame frame, List<SceneObject> objects) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("canonical", frame.canonical());
        root.set("intrinsics", intrinsics(intrinsics));
        root.set("floor", frame(frame));
        ArrayNode list = root.putArray("objects");
        objects.forEach(o -> list.add(object(o)));
        return root;
    }

    /**
     * The result of a lift, as {@code bin/spatiallift lift --json} prints it and scene.json holds it: the scene
     * ({@link #toJson(Intrinsics, CanonicalFrame, List)}) plus {@code points} (valid points lifted),
     * {@code timings_ms} per stage and the {@code warnings}.
     */
    public static ObjectNode toJson(LiftResult result) {
        ObjectNode root = toJson(result.input().intrinsics(), result.frame(), result.objects());
        ObjectNode ordered = MAPPER.createObjectNode();
        ordered.put("format", FORMAT);
        ordered.put("version", VERSION);
        ordered.put("points", result.cloudCamera().size());
        ordered.setAll(root);
        ObjectNode timings = ordered.putObject("timings_ms");
        result.timings().millis().forEach((stage, ms) -> timings.put(stage.key(), Math.round(ms * 1000) / 1000.0));
        ArrayNode warnings = ordered.putArray("warnings");
        result.warnings().forEach(warnings::add);
        PerceptionJson.add(ordered, result.perception());
        return ordered;
    }

    public static String toJsonString(Intrinsics intrinsics, CanonicalFrame frame, List<SceneObject> objects) {
        try {
            return MAPPER.writeValueAsString(toJson(intrinsics, frame, objects));
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree could not be written to a string", e);
        }
    }

    public static void write(Path file, Intrinsics intrinsics, CanonicalFrame frame, List<SceneObject> objects)
            throws IOException {
        ObjectNode tree = toJson(intrinsics, frame, objects);
        AtomicOutput.write(file, out -> MAPPER.writeValue(out, tree));
    }

    private static ObjectNode intrinsics(Intrinsics k) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("fx_px", k.fx());
        node.put("fy_px", k.fy());
        node.put("cx_px", k.cx());
        node.put("cy_px", k.cy());
        node.put("width_px", k.width());
        node.put("height_px", k.height());
        node.put("source", k.source().name());
        node.put("horizontal_fov_deg", degrees(k.horizontalFovDeg()));
        return node;
    }

    private static ObjectNode frame(CanonicalFrame f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("canonical", f.canonical());
        node.put("support", f.support().name());
        node.put("reason", f.reason());
        if (f.supportPlaneCamera() == null) {
            node.putNull("normal_camera");
            node.putNull("offset_camera_m");
        } else {
            node.set("normal_camera", direction(f.supportPlaneCamera().normal()));
            node.put("offset_camera_m", metres(f.supportPlaneCamera().offset()));
        }
        node.set("down_camera", direction(f.downCamera()));
        if (Double.isNaN(f.gravityUncertaintyDeg())) {
            node.putNull("gravity_uncertainty_deg");
        } else {
            node.put("gravity_uncertainty_deg", degrees(f.gravityUncertaintyDeg()));
        }
        node.put("camera_height_m", metres(f.cameraHeightM()));
        node.put("pitch_deg", degrees(f.orientation().pitchDeg()));
        node.put("roll_deg", degrees(f.orientation().rollDeg()));
        Mat3 r = f.cameraToCanonical().rotation();
        ArrayNode rotation = node.putArray("camera_to_canonical_rotation");
        for (int i = 0; i < 3; i++) {
            rotation.add(direction(r.row(i)));
        }
        node.set("camera_to_canonical_translation_m", point(f.cameraToCanonical().translation()));
        return node;
    }

    private static ObjectNode object(SceneObject o) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", o.id());
        node.put("name", o.name());
        node.put("point_count", o.pointCount());
        node.put("dropped_point_count", o.droppedPoints());
        node.set("centroid_canonical_m", point(o.centroidCanonical()));
        node.set("aabb_min_canonical_m", point(o.boxCanonical().min()));
        node.set("aabb_max_canonical_m", point(o.boxCanonical().max()));
        node.set("extents_canonical_m", point(o.boxCanonical().extents()));
        OrientedBox box = o.orientedBoxCanonical();
        ObjectNode oriented = node.putObject("oriented_box_canonical");
        oriented.set("center_canonical_m", point(box.center()));
        oriented.set("extents_m", point(box.extents()));
        oriented.put("yaw_deg", degrees(box.yawDeg()));
        node.put("bottom_above_floor_m", metres(o.bottomAboveFloorM()));
        node.put("on_floor", o.onFloor());
        node.put("complete", o.complete());
        node.put("truncated", o.completeness().truncated());
        node.put("occluded", o.completeness().occluded());
        node.put("sparse_depth", o.completeness().sparse());
        node.put("completed_point_count", o.completeness().addedPoints());
        if (o.detected()) {
            node.put("score", round(o.detectorScore(), 1e4));
            node.put("rejected", o.rejection());
        }
        ObjectDescription d = o.description();
        if (d != null) {
            node.put("label", d.label());
            node.put("color", d.color());
            node.put("color_share", round(d.colorShare(), 1e3));
            node.put("caption", d.caption());
            node.put("description", d.referringExpression());
            node.put("ambiguous", d.ambiguityReason());
        }
        return node;
    }

    private static ArrayNode point(Vec3 v) {
        return MAPPER.createArrayNode().add(metres(v.x())).add(metres(v.y())).add(metres(v.z()));
    }

    private static ArrayNode direction(Vec3 v) {
        return MAPPER.createArrayNode().add(round(v.x(), 1e7)).add(round(v.y(), 1e7)).add(round(v.z(), 1e7));
    }

    static Double metres(double v) {
        return round(v, 1e5);
    }

    private static Double degrees(double v) {
        return round(v, 1e4);
    }

    static Double round(double v, double scale) {
        return Double.isFinite(v) ? Math.round(v * scale) / scale : null;
    }
}
