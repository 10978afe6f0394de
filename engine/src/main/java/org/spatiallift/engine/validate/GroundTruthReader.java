package org.spatiallift.engine.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.annotation.Annotations;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.camera.IntrinsicsSource;
import org.spatiallift.engine.geom.Mat3;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.LabelMapReader;
import org.spatiallift.engine.perception.model.Sha256;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an annotated frame folder (docs/ground-truth-format.md): {@code color.png|jpg}, {@code depth.png},
 * {@code intrinsics.json}, {@code objects.json}, and optionally {@code instances.png} + {@code instances.txt}.
 */
public final class GroundTruthReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FORMAT = "see docs/ground-truth-format.md";

    private GroundTruthReader() {
    }

    /** Whether {@code folder} looks like an annotated frame (it has an objects.json). */
    public static boolean isFrame(Path folder) {
        return Files.isRegularFile(folder.resolve("objects.json"));
    }

    /** Annotated frames in {@code dir}: the folder itself if it is one, else every folder below it that is, sorted. */
    public static List<Path> frames(Path dir) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "is not a folder", "Give a folder of annotated frames (" + FORMAT + ")");
        }
        if (isFrame(dir)) {
            return List.of(dir);
        }
        try (var walk = Files.walk(dir, 4)) {
            List<Path> found = walk.filter(Files::isDirectory).filter(GroundTruthReader::isFrame).sorted().toList();
            if (found.isEmpty()) {
                throw new InputException(dir, "holds no annotated frame (no folder with an objects.json)",
                        "Give a folder of annotated frames (" + FORMAT + ")");
            }
            return found;
        } catch (IOException e) {
            throw new InputException(dir, "cannot be listed (" + e.getMessage() + ")", "Check the folder");
        }
    }

    /** Reads one annotated frame. */
    public static GroundTruthFrame read(Path folder) throws InputException {
        Path color = firstExisting(folder, "color.png", "color.jpg");
        Path depth = require(folder.resolve("depth.png"));
        JsonNode k = json(require(folder.resolve("intrinsics.json")));
        JsonNode o = json(folder.resolve("objects.json"));
        Path kFile = folder.resolve("intrinsics.json");
        Intrinsics intrinsics;
        try {
            intrinsics = new Intrinsics(number(k, "fx", kFile), number(k, "fy", kFile), number(k, "cx", kFile),
                    number(k, "cy", kFile), (int) number(k, "width", kFile), (int) number(k, "height", kFile),
                    IntrinsicsSource.GIVEN);
        } catch (IllegalArgumentException e) {
            throw new InputException(kFile, "has intrinsics that cannot be used (" + e.getMessage() + ")", FORMAT);
        }
        double depthScale = k.has("depth_scale") ? number(k, "depth_scale", kFile) : 1000.0;
        Path oFile = folder.resolve("objects.json");
        Vec3 down = vec(o.get("gravity_down_in_camera"), "gravity_down_in_camera", oFile);
        if (Math.abs(down.norm() - 1) > 0.01) {
            throw new InputException(oFile, "gravity_down_in_camera is not a unit vector (length " + down.norm() + ")",
                    FORMAT);
        }
        List<GroundTruthBox> boxes = new ArrayList<>();
        JsonNode objects = o.get("objects");
        if (objects == null || !objects.isArray()) {
            throw new InputException(oFile, "has no \"objects\" list", FORMAT);
        }
        for (int i = 0; i < objects.size(); i++) {
            boxes.add(box(objects.get(i), oFile, i));
        }
        Path instances = folder.resolve("instances.png");
        Map<Integer, String> names = Map.of();
        if (Files.isRegularFile(instances)) {
            names = LabelMapReader.readNames(require(folder.resolve("instances.txt")));
        } else {
            instances = null;
        }
        return new GroundTruthFrame(folder, color, depth, depthScale, intrinsics, boxes, down.normalized(), instances,
                names);
    }

    /**
     * Reads an annotation file on its own ({@code --objects FILE}, or an {@code objects.json} found beside an image):
     * {@code objects} as for a frame, {@code gravity_down_in_camera} optional here, and {@code complete} (optional,
     * default false) true when every object in view is annotated.
     */
    public static Annotations readObjects(Path file) throws InputException {
        JsonNode o = json(require(file));
        JsonNode objects = o.get("objects");
        if (objects == null || !objects.isArray()) {
            throw new InputException(file, "has no \"objects\" list", FORMAT);
        }
        List<GroundTruthBox> boxes = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            boxes.add(box(objects.get(i), file, i));
        }
        Vec3 down = null;
        if (o.has("gravity_down_in_camera")) {
            down = vec(o.get("gravity_down_in_camera"), "gravity_down_in_camera", file);
            if (Math.abs(down.norm() - 1) > 0.01) {
                throw new InputException(file, "gravity_down_in_camera is not a unit vector (length " + down.norm()
                        + ")", FORMAT);
            }
            down = down.normalized();
        }
        JsonNode complete = o.get("complete");
        if (complete != null && !complete.isBoolean()) {
            throw new InputException(file, "\"complete\" is not true or false", FORMAT);
        }
        String sha256;
        try {
            sha256 = Sha256.of(file);
        } catch (IOException e) {
            throw new InputException(file, "cannot be read (" + e.getMessage() + ")", "Check the file");
        }
        return new Annotations(file, sha256, boxes, down, complete != null && complete.asBoolean());
    }

    private static GroundTruthBox box(JsonNode b, Path file, int index) throws InputException {
        String where = "objects[" + index + "]";
        JsonNode name = b.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw new InputException(file, where + " has no name", FORMAT);
        }
        Vec3 centre = vec(b.get("centre"), where + ".centre", file);
        Vec3 size = vec(b.get("size"), where + ".size", file);
        if (size.x() <= 0 || size.y() <= 0 || size.z() <= 0) {
            throw new InputException(file, where + ".size " + size + " has an edge that is not positive", FORMAT);
        }
        JsonNode r = b.get("R_cam");
        if (r == null || !r.isArray() || r.size() != 3) {
            throw new InputException(file, where + ".R_cam is not a 3×3 matrix", FORMAT);
        }
        Mat3 axes = Mat3.ofRows(vec(r.get(0), where + ".R_cam[0]", file), vec(r.get(1), where + ".R_cam[1]", file),
                vec(r.get(2), where + ".R_cam[2]", file));
        if (Math.abs(axes.determinant() - 1) > 0.02) {
            throw new InputException(file, where + ".R_cam is not a rotation (determinant " + axes.determinant() + ")",
                    FORMAT);
        }
        return new GroundTruthBox(name.asText().strip(), centre, size, axes);
    }

    private static Vec3 vec(JsonNode n, String field, Path file) throws InputException {
        if (n == null || !n.isArray() || n.size() != 3 || !n.get(0).isNumber() || !n.get(1).isNumber()
                || !n.get(2).isNumber()) {
            throw new InputException(file, field + " is not a list of three numbers", FORMAT);
        }
        Vec3 v = new Vec3(n.get(0).asDouble(), n.get(1).asDouble(), n.get(2).asDouble());
        if (!v.isFinite()) {
            throw new InputException(file, field + " is not finite", FORMAT);
        }
        return v;
    }

    private static double number(JsonNode n, String field, Path file) throws InputException {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new InputException(file, "has no number \"" + field + "\"", FORMAT);
        }
        return v.asDouble();
    }

    private static JsonNode json(Path file) throws InputException {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new InputException(file, "is not readable JSON (" + e.getMessage() + ")", FORMAT);
        }
    }

    private static Path firstExisting(Path folder, String... names) throws InputException {
        for (String n : names) {
            if (Files.isRegularFile(folder.resolve(n))) {
                return folder.resolve(n);
            }
        }
        throw new InputException(folder, "has no colour image (" + String.join(" or ", names) + ")", FORMAT);
    }

    private static Path require(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "is missing", "An annotated frame needs it; " + FORMAT);
        }
        return file;
    }
}
