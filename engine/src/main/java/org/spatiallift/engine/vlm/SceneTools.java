package org.spatiallift.engine.vlm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.qa.ExcludedObject;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.category.Draw;
import org.spatiallift.engine.qa.geometry.SceneGeometry;

/**
 * SpatialLift's read-only geometric queries over one {@link QaScene}, offered to a model as functions: list_objects,
 * distance, size, offset, elevation and distance_from_camera. Each measurement is the QA category's own
 * {@link Category#evaluate} on the scene's geometry (as the generated QA computes it), so a tool answer and a generated
 * answer about the same objects agree. Answers are JSON in the canonical frame (z up against gravity, origin on the
 * floor under the camera, x to the right, y forward), metres. A call with an unknown name or bad arguments gets an
 * error object back; nothing else runs. Not thread-safe (one per conversation).
 */
public final class SceneTools {

    /** The frame every coordinate and size is in, as told to the model. */
    public static final String FRAME = "canonical: z up against gravity, origin on the floor below the camera, "
            + "x to the camera's right, y forward along the floor; metres";
    private static final Map<String, String> DISTANCES = Map.of("centre", "centre_distance", "surface",
            "surface_distance", "horizontal", "horizontal_distance", "vertical", "vertical_distance");
    private static final Map<String, String> SIZES = Map.of("height", "height", "width", "width", "depth", "depth");
    private static final Map<String, String> OFFSETS = Map.of("left_right", "left_right_offset", "front_back",
            "front_back_offset");
    private static final int MAX_ARGUMENTS = 2000;

    private final QaScene scene;
    private final Draw draw;

    public SceneTools(QaScene scene, Margins margins) {
        this.scene = scene;
        this.draw = new Draw(scene.geometry(), margins, Units.METRIC, new SplittableRandom(0), null);
    }

    /** The functions offered. */
    public static List<ToolSpec> specs() {
        List<ToolSpec> out = new ArrayList<>();
        out.add(new ToolSpec("list_objects", "Lists the scene's objects: id, description, label, box centre and size "
                + "(width x, depth y, height z) in the " + FRAME + ".", schema()));
        out.add(new ToolSpec("distance", "Distance in metres between two objects: kind centre (box centres), surface "
                + "(closest points of the boxes), horizontal (centres along the floor) or vertical (difference in "
                + "height of the centres, with the id of the object whose centre is higher).",
                schema("a", "integer", "b", "integer", "kind",
                List.of("centre", "surface", "horizontal", "vertical"))));
        out.add(new ToolSpec("size", "Height (vertical), width (across the view) or depth (along the view) of one "
                + "object's box, metres.", schema("id", "integer", "dimension", List.of("height", "width", "depth"))));
        out.add(new ToolSpec("offset", "How far object a is left or right of (left_right), or in front of or behind "
                + "(front_back) object b, between box centres, metres, with the direction.",
                schema("a", "integer", "b", "integer", "axis", List.of("left_right", "front_back"))));
        out.add(new ToolSpec("elevation", "Height of an object's bottom above the floor, metres.",
                schema("id", "integer")));
        out.add(new ToolSpec("distance_from_camera", "Distance from the camera to an object's box centre, metres.",
                schema("id", "integer")));
        return out;
    }

    /** The JSON answer to {@code call}; an {@code {"error": …}} object when the call is refused. */
    public Outcome run(ToolCall call) {
        if (call.arguments().length() > MAX_ARGUMENTS) {
            return error("the arguments are longer than " + MAX_ARGUMENTS + " characters");
        }
        JsonNode args;
        try {
            args = call.arguments().isBlank() ? ChatJson.MAPPER.createObjectNode()
                    : ChatJson.MAPPER.readTree(call.arguments());
        } catch (JsonProcessingException e) {
            return error("the arguments are not JSON: " + e.getOriginalMessage());
        }
        if (args == null || !args.isObject()) {
            return error("the arguments must be a JSON object");
        }
        try {
            return switch (call.name()) {
                case "list_objects" -> new Outcome(listObjects(), false);
                case "distance" -> measure(choice(args, "kind", DISTANCES), id(args, "a"), id(args, "b"));
                case "size" -> measure(choice(args, "dimension", SIZES), id(args, "id"), -1);
                case "offset" -> measure(choice(args, "axis", OFFSETS), id(args, "a"), id(args, "b"));
                case "elevation" -> measure("elevation", id(args, "id"), -1);
                case "distance_from_camera" -> measure("distance_from_camera", id(args, "id"), -1);
                default -> error("there is no function \"" + call.name() + "\"; the functions are "
                        + specs().stream().map(ToolSpec::name).toList());
            };
        } catch (BadArgument e) {
            return error(e.getMessage());
        }
    }

    /**
     * A function's answer.
     *
     * @param json  the JSON text sent back to the model
     * @param error true when the call was refused
     */
    public record Outcome(String json, boolean error) {
    }

    private String listObjects() {
        ObjectNode root = ChatJson.MAPPER.createObjectNode();
        root.put("frame", FRAME);
        root.put("gravity_aligned", scene.canonical());
        ArrayNode objects = root.putArray("objects");
        for (QaObject o : scene.objects()) {
            Box3 b = o.boxCanonical();
            ObjectNode n = objects.addObject().put("id", o.id()).put("description", o.description())
                    .put("label", o.name());
            n.putArray("centre").add(round(b.center().x())).add(round(b.center().y())).add(round(b.center().z()));
            n.putObject("size").put("width", round(b.extents().x())).put("depth", round(b.extents().y()))
                    .put("height", round(b.extents().z()));
            n.put("seen_whole", o.complete());
        }
        ArrayNode left = root.putArray("left_out");
        for (ExcludedObject e : scene.excluded()) {
            left.addObject().put("id", e.id()).put("label", e.name()).put("reason", e.reason());
        }
        return root.toString();
    }

    private Outcome measure(String categoryName, int a, int b) {
        Category c = Categories.byName(categoryName);
        if (c.needsGravity() && !scene.canonical()) {
            return undecided(c, "the scene's frame is not gravity-aligned (no floor or table was fitted), so "
                    + categoryName.replace('_', ' ') + " is not measured");
        }
        int ia = index(a);
        int ib = b < 0 ? -1 : index(b);
        if (ib >= 0 && ia == ib) {
            throw new BadArgument("a and b are the same object (" + a + "); give two different ids");
        }
        for (int i : ib >= 0 ? new int[] {ia, ib} : new int[] {ia}) {
            QaObject o = scene.objects().get(i);
            if (!c.canAsk(o)) {
                return undecided(c, "object " + o.id() + " (" + o.description() + ") is cut by the image border or "
                        + "partly hidden: its box measures only the visible part");
            }
        }
        draw.reset();
        if (ib >= 0) {
            draw.with(ia, ib);
        } else {
            draw.with(ia);
        }
        if (!c.evaluate(draw)) {
            return undecided(c, "no clear answer: " + c.marginRule());
        }
        ObjectNode root = head(c);
        objects(root, ib >= 0 ? new int[] {ia, ib} : new int[] {ia});
        root.put("value", draw.value).put("unit", c.unit()).put("frame", FRAME);
        if (c.name().endsWith("_offset")) {
            QaObject oa = scene.objects().get(ia), ob = scene.objects().get(ib);
            String side = c.sideWord(draw.side);
            root.put("direction", side);
            root.put("statement", oa.description() + " is " + round(draw.value) + " m "
                    + (side.equals("left") || side.equals("right") ? "to the " + side + " of" : side) + " "
                    + ob.description());
        }
        if (c.name().equals("vertical_distance") && draw.value > 0) {
            int higher = draw.geometry.centre(ia, SceneGeometry.Z) > draw.geometry.centre(ib, SceneGeometry.Z) ? ia : ib;
            root.put("higher_centre", scene.objects().get(higher).id());
        }
        root.put("definition", c.definition());
        return new Outcome(root.toString(), false);
    }

    private Outcome undecided(Category c, String reason) {
        ObjectNode root = head(c);
        root.putNull("value");
        root.put("reason", reason);
        return new Outcome(root.toString(), false);
    }

    private static ObjectNode head(Category c) {
        return ChatJson.MAPPER.createObjectNode().put("measure", c.name());
    }

    private void objects(ObjectNode root, int[] indices) {
        ArrayNode arr = root.putArray("objects");
        for (int i : indices) {
            QaObject o = scene.objects().get(i);
            arr.addObject().put("id", o.id()).put("description", o.description());
        }
    }

    private int index(int id) {
        List<QaObject> objects = scene.objects();
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).id() == id) {
                return i;
            }
        }
        for (ExcludedObject e : scene.excluded()) {
            if (e.id() == id) {
                throw new BadArgument("object " + id + " (" + e.name() + ") is left out of measurements: " + e.reason());
            }
        }
        throw new BadArgument("there is no object " + id + "; the ids are "
                + objects.stream().map(QaObject::id).toList() + " (list_objects)");
    }

    private static int id(JsonNode args, String name) {
        JsonNode n = args.get(name);
        if (n != null && n.isIntegralNumber() && n.canConvertToInt()) {
            return n.intValue();
        }
        if (n != null && n.isTextual() && n.asText().strip().matches("\\d{1,9}")) {
            return Integer.parseInt(n.asText().strip());
        }
        throw new BadArgument("argument \"" + name + "\" must be an object id (an integer from list_objects), got "
                + (n == null ? "nothing" : n.toString()));
    }

    private static String choice(JsonNode args, String name, Map<String, String> options) {
        JsonNode n = args.get(name);
        String v = n == null || !n.isTextual() ? null : options.get(n.asText().strip());
        if (v == null) {
            throw new BadArgument("argument \"" + name + "\" must be one of " + options.keySet().stream().sorted()
                    .toList() + ", got " + (n == null ? "nothing" : n.toString()));
        }
        return v;
    }

    private static Outcome error(String message) {
        return new Outcome(ChatJson.MAPPER.createObjectNode().put("error", message).toString(), true);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static ObjectNode schema(Object... fields) {
        ObjectNode s = ChatJson.MAPPER.createObjectNode().put("type", "object");
        ObjectNode props = s.putObject("properties");
        ArrayNode required = s.putArray("required");
        for (int i = 0; i < fields.length; i += 2) {
            String name = (String) fields[i];
            ObjectNode p = props.putObject(name);
            if (fields[i + 1] instanceof List<?> options) {
                p.put("type", "string");
                ArrayNode e = p.putArray("enum");
                options.forEach(o -> e.add((String) o));
            } else {
                p.put("type", (String) fields[i + 1]);
            }
            required.add(name);
        }
        s.put("additionalProperties", false);
        return s;
    }

    /** A call's arguments that cannot be used; answered to the model as an error. */
    private static final class BadArgument extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadArgument(String message) {
            super(message, null, false, false);
        }
    }
}
