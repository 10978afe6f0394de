package org.spatiallift.engine.ask.series;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.io.AtomicOutput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A series as JSON and back, exactly (numbers in full precision): {@code {"question", "quantity", "unit",
 * "objects": [{"first_frame_id", "label", "description"}], "points": [{"index", "frame", "value", "interval":
 * [lo, hi] or null, "object_ids": [id or null, …], "reason"}]}}. Values and bounds are in {@code unit}; a missing value
 * is null with its reason.
 */
public final class SeriesJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SeriesJson() {
    }

    public static ObjectNode toJson(Series series) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("question", series.question());
        root.put("quantity", series.quantity());
        root.put("unit", series.unit());
        ArrayNode objects = root.putArray("objects");
        for (TrackedObject o : series.objects()) {
            objects.addObject().put("first_frame_id", o.firstFrameId()).put("label", o.label())
                    .put("description", o.description());
        }
        ArrayNode points = root.putArray("points");
        for (SeriesPoint p : series.points()) {
            ObjectNode n = points.addObject();
            n.put("index", p.index());
            n.put("frame", p.frame());
            if (p.present()) {
                n.put("value", p.value());
            } else {
                n.putNull("value");
            }
            if (p.hasInterval()) {
                n.putArray("interval").add(p.lowerBound()).add(p.upperBound());
            } else {
                n.putNull("interval");
            }
            ArrayNode ids = n.putArray("object_ids");
            p.objectIds().forEach(id -> {
                if (id == null) {
                    ids.addNull();
                } else {
                    ids.add(id);
                }
            });
            n.put("reason", p.reason());
        }
        return root;
    }

    /** The series of JSON written by {@link #toJson}; throws {@link IllegalArgumentException} when it is not. */
    public static Series fromJson(JsonNode root) {
        if (!root.path("points").isArray() || !root.path("objects").isArray()) {
            throw new IllegalArgumentException("not a series: no \"points\" and \"objects\" arrays");
        }
        List<TrackedObject> objects = new ArrayList<>();
        for (JsonNode o : root.get("objects")) {
            objects.add(new TrackedObject(o.path("first_frame_id").asInt(), o.path("label").asText(),
                    o.path("description").asText()));
        }
        List<SeriesPoint> points = new ArrayList<>();
        for (JsonNode p : root.get("points")) {
            JsonNode interval = p.path("interval");
            List<Integer> ids = new ArrayList<>();
            for (JsonNode id : p.path("object_ids")) {
                ids.add(id.isNull() ? null : id.asInt());
            }
            points.add(new SeriesPoint(p.path("index").asInt(), p.path("frame").asText(), number(p.path("value")),
                    interval.isArray() ? interval.get(0).asDouble() : Double.NaN,
                    interval.isArray() ? interval.get(1).asDouble() : Double.NaN, ids,
                    p.path("reason").isTextual() ? p.get("reason").asText() : null));
        }
        return new Series(root.path("question").asText(), root.path("quantity").asText(), root.path("unit").asText(),
                objects, points);
    }

    /** Writes {@code series} as indented JSON to {@code file} (atomically). */
    public static void write(Series series, Path file) throws IOException {
        AtomicOutput.write(file, out -> MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, toJson(series)));
    }

    private static double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }
}
