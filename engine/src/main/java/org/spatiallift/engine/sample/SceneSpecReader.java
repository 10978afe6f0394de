package org.spatiallift.engine.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.io.InputException;

/**
 * Reads a scene description from JSON. Lengths in metres, angles in degrees, colours "#RRGGBB":
 * <pre>
 * { "room":   { "left_m": 3, "right_m": 3, "front_m": 6, "back_m": 1.5, "wall_height_m": 2.6,
 *               "ceiling": true, "floor_color": "#a89f91", "wall_color": "#e9e4da" },
 *   "camera": { "height_m": 1.4, "pitch_deg": 20, "roll_deg": 0, "hfov_deg": 60, "width": 640, "height": 480 },
 *   "objects": [
 *     { "name": "table", "shape": "box", "template": "table", "color": "#8b5a2b",
 *       "x_m": 0.2, "y_m": 3.0, "dims_m": [1.2, 0.8, 0.75], "yaw_deg": 8 },
 *     { "name": "mug", "shape": "cylinder", "color": "#e63946", "on": "table",
 *       "x_m": 0.4, "y_m": 2.9, "dims_m": [0.09, 0.09, 0.11] },
 *     { "name": "shelf", "shape": "box", "color": "#7b4fa0", "x_m": 1, "y_m": 4,
 *       "parts": [ { "shape": "box", "center_m": [0, 0, 0.5], "dims_m": [0.8, 0.3, 1.0] } ] } ] }
 * </pre>
 * An object is one primitive of {@code shape} and {@code dims_m} standing at (x_m, y_m), or a {@link FurnitureTemplate}
 * of overall size {@code dims_m}, or explicit {@code parts} in the object frame (see {@link PartSpec}). Optional:
 * ceiling (true), colours, roll_deg (0), hfov_deg (60), width (640), height (480), yaw_deg (0), on (the floor).
 * Every error names the field at fault, e.g. "objects[2].dims_m"; unknown fields are errors (they are usually typos).
 */
public final class SceneSpecReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REMEDY = "Fix the scene description (lengths in metres, angles in degrees, colours \"#RRGGBB\")";

    private SceneSpecReader() {
    }

    public static SceneSpec read(Path file) throws InputException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new InputException(file, "cannot read the scene description: " + e.getMessage(), "Check the file", e);
        }
    }

    /** Reads from {@code in}; {@code source} names it in error messages (a file or resource name). */
    public static SceneSpec read(InputStream in, String source) throws InputException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw InputException.forValue(source, "not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage() + ")", REMEDY);
        } catch (IOException e) {
            throw InputException.forValue(source, "cannot read the scene description: " + e.getMessage(), "Check the file");
        }
        try {
            return spec(new Field(root, ""));
        } catch (SpecError e) {
            throw InputException.forValue(source + ": " + e.path, e.getMessage(), REMEDY);
        }
    }

    /** Reads a scene description held in a string. */
    public static SceneSpec parse(String json, String source) throws InputException {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
    }

    private static SceneSpec spec(Field root) {
        root.object(Set.of("room", "camera", "objects"));
        RoomSpec room = room(root.child("room"));
        CameraSpec camera = camera(root.child("camera"));
        Field list = root.child("objects");
        if (!list.node.isArray()) {
            throw new SpecError(list.path, "expected an array of objects");
        }
        List<ObjectSpec> objects = new ArrayList<>();
        for (int i = 0; i < list.node.size(); i++) {
            Field f = list.element(i);
            ObjectSpec o = object(f);
            if (o.onName() != null && objects.stream().noneMatch(earlier -> earlier.name().equals(o.onName()))) {
                throw new SpecError(f.path + ".on", "no earlier object is called \"" + o.onName() + "\"");
            }
            objects.add(o);
            // Lay out the objects so far, so that an object leaving the room is reported by its own path.
            build(f.path, () -> SceneLayout.of(new SceneSpec(room, camera, objects)));
        }
        return build(list.path, () -> new SceneSpec(room, camera, objects));
    }

    private static RoomSpec room(Field f) {
        f.object(Set.of("left_m", "right_m", "front_m", "back_m", "wall_height_m", "ceiling", "floor_color", "wall_color"));
        return build(f.path, () -> new RoomSpec(f.positive("left_m"), f.positive("right_m"), f.positive("front_m"),
                f.positive("back_m"), f.positive("wall_height_m"), f.bool("ceiling", true),
                f.colour("floor_color", 0xA89F91), f.colour("wall_color", 0xE9E4DA)));
    }

    private static CameraSpec camera(Field f) {
        f.object(Set.of("height_m", "pitch_deg", "roll_deg", "hfov_deg", "width", "height"));
        return build(f.path, () -> new CameraSpec(f.positive("height_m"), f.number("pitch_deg"), f.number("roll_deg", 0),
                f.number("hfov_deg", 60), f.integer("width", 640), f.integer("height", 480)));
    }

    private static ObjectSpec object(Field f) {
        f.object(Set.of("name", "shape", "color", "x_m", "y_m", "dims_m", "yaw_deg", "on", "template", "parts"));
        String name = f.string("name");
        Shape shape = f.parse("shape", Shape::fromKey);
        int rgb = f.colour("color", null);
        double x = f.number("x_m"), y = f.number("y_m"), yaw = f.number("yaw_deg", 0);
        String on = f.node.has("on") ? f.string("on") : null;
        List<PartSpec> parts;
        if (f.node.has("parts")) {
            if (f.node.has("template") || f.node.has("dims_m")) {
                throw new SpecError(f.path + ".parts", "give either parts, or dims_m (with an optional template), not both");
            }
            Field list = f.child("parts");
            if (!list.node.isArray() || list.node.isEmpty()) {
                throw new SpecError(list.path, "expected a non-empty array of parts");
            }
            parts = new ArrayList<>();
            for (int i = 0; i < list.node.size(); i++) {
                Field p = list.element(i);
                p.object(Set.of("shape", "center_m", "dims_m"));
                Shape s = p.parse("shape", Shape::fromKey);
                Vec3 c = p.vec3("center_m"), d = p.vec3("dims_m");
                parts.add(build(p.path, () -> new PartSpec(s, c, d)));
            }
        } else {
            Vec3 dims = f.vec3("dims_m");
            if (f.node.has("template")) {
                FurnitureTemplate t = f.parse("template", FurnitureTemplate::fromKey);
                parts = build(f.path + ".dims_m", () -> t.partsFor(dims));
            } else {
                parts = List.of(build(f.path + ".dims_m", () -> PartSpec.standing(shape, dims)));
            }
        }
        return build(f.path, () -> new ObjectSpec(name, shape, rgb, x, y, on, yaw, parts));
    }

    private static <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new SpecError(path, e.getMessage());
        }
    }

    /** A JSON node and its path from the root ("objects[2].dims_m"). */
    private record Field(JsonNode node, String path) {

        Field child(String name) {
            String p = path.isEmpty() ? name : path + "." + name;
            JsonNode n = node.get(name);
            if (n == null || n.isNull()) {
                throw new SpecError(p, "missing");
            }
            return new Field(n, p);
        }

        Field element(int i) {
            return new Field(node.get(i), path + "[" + i + "]");
        }

        void object(Set<String> allowed) {
            if (!node.isObject()) {
                throw new SpecError(path.isEmpty() ? "(root)" : path, "expected an object");
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    throw new SpecError(path.isEmpty() ? name : path + "." + name,
                            "unknown field; expected one of " + allowed.stream().sorted().toList());
                }
            }
        }

        double number(String name) {
            Field f = child(name);
            if (!f.node.isNumber() || !Double.isFinite(f.node.doubleValue())) {
                throw new SpecError(f.path, "expected a number, got " + f.node);
            }
            return f.node.doubleValue();
        }

        double positive(String name) {
            double value = number(name);
            if (!(value > 0)) {
                throw new SpecError(child(name).path, "must be positive, got " + value);
            }
            return value;
        }

        double number(String name, double fallback) {
            return node.has(name) ? number(name) : fallback;
        }

        int integer(String name, int fallback) {
            if (!node.has(name)) {
                return fallback;
            }
            Field f = child(name);
            if (!f.node.canConvertToInt() || !f.node.isIntegralNumber()) {
                throw new SpecError(f.path, "expected a whole number, got " + f.node);
            }
            return f.node.intValue();
        }

        boolean bool(String name, boolean fallback) {
            if (!node.has(name)) {
                return fallback;
            }
            Field f = child(name);
            if (!f.node.isBoolean()) {
                throw new SpecError(f.path, "expected true or false, got " + f.node);
            }
            return f.node.booleanValue();
        }

        String string(String name) {
            Field f = child(name);
            if (!f.node.isTextual() || f.node.textValue().isBlank()) {
                throw new SpecError(f.path, "expected a non-empty string, got " + f.node);
            }
            return f.node.textValue();
        }

        <T> T parse(String name, Function<String, T> parser) {
            String text = string(name);
            return build(path.isEmpty() ? name : path + "." + name, () -> parser.apply(text));
        }

        Vec3 vec3(String name) {
            Field f = child(name);
            if (!f.node.isArray() || f.node.size() != 3 || !f.node.get(0).isNumber() || !f.node.get(1).isNumber()
                    || !f.node.get(2).isNumber()) {
                throw new SpecError(f.path, "expected an array of 3 numbers [x, y, z] in metres, got " + f.node);
            }
            return new Vec3(f.node.get(0).doubleValue(), f.node.get(1).doubleValue(), f.node.get(2).doubleValue());
        }

        /** "#RRGGBB" or "0xRRGGBB"; {@code fallback} null means required. */
        int colour(String name, Integer fallback) {
            if (!node.has(name) && fallback != null) {
                return fallback;
            }
            String text = string(name).trim();
            String hex = text.startsWith("#") ? text.substring(1)
                    : text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : null;
            if (hex == null || !hex.matches("[0-9a-fA-F]{6}")) {
                throw new SpecError(child(name).path, "expected a colour \"#RRGGBB\", got \"" + text + "\"");
            }
            return Integer.parseInt(hex, 16);
        }
    }

    /** A problem at a path of the JSON document; turned into an {@link InputException} by {@link #read}. */
    private static final class SpecError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String path;

        SpecError(String path, String problem) {
            super(problem);
            this.path = path;
        }
    }
}
