package org.spatiallift.engine.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.frame.CameraOrientation;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.CanonicalFrameEstimator;
import org.spatiallift.engine.frame.SupportKind;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.scene.ObjectDescription;
import org.spatiallift.engine.scene.SceneObject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SceneJsonWriterTest {

    private static CanonicalFrame floorFrame() {
        CameraOrientation pose = new CameraOrientation(12.5, -3);
        Vec3 down = pose.downCamera();
        return new CanonicalFrame(true, SupportKind.FLOOR, "floor: plane 1 of 3", new Plane(down, -1.42), down,
                CameraOrientation.cameraToCanonical(down, 1.42), 1.42, pose, 0.75);
    }

    private static SceneObject chair() {
        return new SceneObject(3, "chair", 1200, 35, new Vec3(0.5, 2.0, 0.45),
                new Box3(new Vec3(0.2, 1.7, 0.0), new Vec3(0.8, 2.3, 0.9)),
                new OrientedBox(new Vec3(0.5, 2.0, 0.45), new Vec3(0.62, 0.41, 0.9), 17.25), 0.004, true, new int[] {1, 2});
    }

    @Test
    void writeParsesBackWithUnitsAndFramesInKeys(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scene.json");

        SceneJsonWriter.write(file, Intrinsics.primeSense(), floorFrame(), List.of(chair()));

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.path("format").asText()).isEqualTo("spatiallift-scene");
        assertThat(root.path("intrinsics").path("fx_px").asDouble()).isEqualTo(525.0);
        assertThat(root.path("intrinsics").path("source").asText()).isEqualTo("GIVEN");
        JsonNode frame = root.path("floor");
        assertThat(frame.path("canonical").asBoolean()).isTrue();
        assertThat(frame.path("support").asText()).isEqualTo("FLOOR");
        assertThat(frame.path("reason").asText()).isEqualTo("floor: plane 1 of 3");
        assertThat(frame.path("camera_height_m").asDouble()).isEqualTo(1.42);
        assertThat(frame.path("pitch_deg").asDouble()).isCloseTo(12.5, within(1e-4));
        assertThat(frame.path("gravity_uncertainty_deg").asDouble()).isEqualTo(0.75);
        assertThat(frame.path("roll_deg").asDouble()).isCloseTo(-3, within(1e-4));
        Vec3 down = new CameraOrientation(12.5, -3).downCamera();
        assertThat(frame.path("normal_camera").get(2).asDouble()).isCloseTo(down.z(), within(1e-7));
        JsonNode object = root.path("objects").get(0);
        assertThat(object.path("name").asText()).isEqualTo("chair");
        assertThat(object.path("point_count").asInt()).isEqualTo(1200);
        assertThat(object.path("dropped_point_count").asInt()).isEqualTo(35);
        assertThat(object.path("aabb_max_canonical_m").get(2).asDouble()).isEqualTo(0.9);
        assertThat(object.path("extents_canonical_m").get(0).asDouble()).isCloseTo(0.6, within(1e-9));
        assertThat(object.path("oriented_box_canonical").path("yaw_deg").asDouble()).isEqualTo(17.25);
        assertThat(object.path("bottom_above_floor_m").asDouble()).isEqualTo(0.004);
        assertThat(object.path("on_floor").asBoolean()).isTrue();
        assertThat(keysWithoutUnitOrFrame(root)).isEmpty();
    }

    @Test
    void describedDetectedObjectCarriesScoreLabelCaptionDescriptionAndAmbiguity() throws IOException {
        SceneObject unique = chair().withDetectorScore(0.63712).withDescription(new ObjectDescription("chair", "red", 0.8125,
                "red chair, on the left, 2.1 m away, on the floor", "the red chair", null));
        SceneObject ambiguous = chair().withDescription(new ObjectDescription("chair", null, 0, "chair, in the middle",
                null, "it cannot be told from chair 4"));

        JsonNode root = new ObjectMapper().readTree(SceneJsonWriter.toJsonString(Intrinsics.primeSense(), floorFrame(),
                List.of(unique, ambiguous)));

        JsonNode first = root.path("objects").get(0);
        assertThat(first.path("score").asDouble()).isEqualTo(0.6371);
        assertThat(first.path("label").asText()).isEqualTo("chair");
        assertThat(first.path("color").asText()).isEqualTo("red");
        assertThat(first.path("color_share").asDouble()).isEqualTo(0.813);
        assertThat(first.path("caption").asText()).isEqualTo("red chair, on the left, 2.1 m away, on the floor");
        assertThat(first.path("description").asText()).isEqualTo("the red chair");
        assertThat(first.path("ambiguous").isNull()).isTrue();
        assertThat(first.has("rejected")).as("a detected object says whether it is rejected").isTrue();
        assertThat(first.path("rejected").isNull()).isTrue();
        JsonNode second = root.path("objects").get(1);
        assertThat(second.has("score")).as("no detector score for a label-map object").isFalse();
        assertThat(second.path("color").isNull()).isTrue();
        assertThat(second.path("description").isNull()).isTrue();
        assertThat(second.path("ambiguous").asText()).isEqualTo("it cannot be told from chair 4");
        assertThat(keysWithoutUnitOrFrame(root)).isEmpty();
    }

    @Test
    void rejectedDetectedObjectCarriesTheReason() throws IOException {
        SceneObject rejected = chair().withDetectorScore(0.5).withRejection("measured smallest extent 0.06 m (canonical, "
                + "gravity-up) is less than half the 0.25 m minimum of a chair");

        JsonNode root = new ObjectMapper().readTree(SceneJsonWriter.toJsonString(Intrinsics.primeSense(), floorFrame(),
                List.of(rejected, chair())));

        assertThat(root.path("objects").get(0).path("rejected").asText()).contains("0.06 m").contains("of a chair");
        assertThat(root.path("objects").get(1).has("rejected")).as("label-map objects are never judged").isFalse();
    }

    @Test
    void toJsonWritesNullFloorForUprightFallback() throws IOException {
        CanonicalFrame none = CanonicalFrameEstimator.uprightFallback(CanonicalFrameEstimator.NO_PLANE_REASON);

        JsonNode root = new ObjectMapper().readTree(SceneJsonWriter.toJsonString(Intrinsics.primeSense(), none, List.of()));

        assertThat(root.path("floor").path("canonical").asBoolean()).isFalse();
        assertThat(root.path("floor").path("support").asText()).isEqualTo("NONE");
        assertThat(root.path("floor").path("normal_camera").isNull()).isTrue();
        assertThat(root.path("floor").path("camera_height_m").asDouble()).isEqualTo(1.5);
        assertThat(root.path("floor").path("gravity_uncertainty_deg").isNull()).as("assumed, not measured").isTrue();
        assertThat(root.path("objects")).isEmpty();
    }

    /** Numeric keys that name neither a unit nor a frame (counts, ids, versions, scores and shares are plain numbers). */
    private static List<String> keysWithoutUnitOrFrame(JsonNode node) {
        List<String> bad = new ArrayList<>();
        collect(node, bad);
        return bad;
    }

    private static void collect(JsonNode node, List<String> bad) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, bad));
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            JsonNode value = node.get(key);
            boolean numeric = value.isNumber() || (value.isArray() && value.size() > 0 && value.get(0).isNumber());
            boolean plain = key.equals("id") || key.equals("version") || key.endsWith("_count") || key.equals("score")
                    || key.endsWith("_share");
            boolean named = key.matches(".*_(m|deg|px|camera|canonical)") || key.contains("_camera") || key.contains("_canonical");
            if (numeric && !plain && !named) {
                bad.add(key);
            }
            collect(value, bad);
        }
    }
}
