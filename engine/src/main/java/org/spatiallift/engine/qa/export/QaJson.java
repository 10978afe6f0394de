package org.spatiallift.engine.qa.export;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.ModelRef;
import org.spatiallift.engine.qa.Provenance;
import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.QaStep;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.qa.Units;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * QA records as JSON (Jackson tree model) and back, exactly: numbers are written in full precision, so what is read
 * equals what was written. Keys name their units ({@code _m} metres, {@code _deg} degrees) and frames
 * ({@code _canonical}: z up, origin on the floor under the camera). A QA's {@code value} is in its {@code unit}
 * ("m", "ratio", "o'clock", "count"), null for qualitative QA.
 */
public final class QaJson {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private QaJson() {
    }

    /** A QA without its provenance (which an export line holds once for all its QA). */
    public static ObjectNode pair(QaPair p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", p.id());
        n.put("category", p.category());
        n.put("kind", p.kind().key());
        n.put("question", p.question());
        n.put("answer", p.answer());
        n.put("short_answer", p.shortAnswer());
        n.put("value", p.value());
        n.put("stated_value", p.statedValue());
        n.put("unit", p.unit());
        if (p.thresholdM() != null) {
            n.put("threshold_m", p.thresholdM());
        }
        ArrayNode objects = n.putArray("objects");
        p.objects().forEach(o -> objects.add(object(o)));
        ArrayNode steps = n.putArray("reasoning");
        for (QaStep s : p.reasoning()) {
            ObjectNode sn = steps.addObject();
            sn.put("category", s.category());
            sn.put("question", s.question());
            sn.put("answer", s.answer());
            sn.put("value", s.value());
            sn.put("unit", s.unit());
        }
        return n;
    }

    public static QaPair pair(JsonNode n, Provenance provenance) {
        List<QaObject> objects = new ArrayList<>();
        n.path("objects").forEach(o -> objects.add(object(o)));
        List<QaStep> steps = new ArrayList<>();
        n.path("reasoning").forEach(s -> steps.add(new QaStep(text(s, "category"), text(s, "question"),
                text(s, "answer"), number(s.path("value")), nullableText(s.path("unit")))));
        return new QaPair(text(n, "id"), text(n, "category"), QaKind.fromKey(text(n, "kind")), text(n, "question"),
                text(n, "answer"), text(n, "short_answer"), number(n.path("value")), number(n.path("stated_value")),
                nullableText(n.path("unit")), objects, steps, provenance, number(n.path("threshold_m")));
    }

    public static ObjectNode object(QaObject o) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", o.id());
        n.put("name", o.name());
        n.put("description", o.description());
        n.set("aabb_min_canonical_m", vec(o.boxCanonical().min()));
        n.set("aabb_max_canonical_m", vec(o.boxCanonical().max()));
        ObjectNode ob = n.putObject("oriented_box_canonical");
        ob.set("center_canonical_m", vec(o.orientedBoxCanonical().center()));
        ob.set("extents_m", vec(o.orientedBoxCanonical().extents()));
        ob.put("yaw_deg", o.orientedBoxCanonical().yawDeg());
        n.put("complete", o.complete());
        return n;
    }

    public static QaObject object(JsonNode n) {
        JsonNode ob = n.path("oriented_box_canonical");
        return new QaObject(n.path("id").asInt(), text(n, "name"), text(n, "description"),
                new Box3(vec(n.path("aabb_min_canonical_m")), vec(n.path("aabb_max_canonical_m"))),
                new OrientedBox(vec(ob.path("center_canonical_m")), vec(ob.path("extents_m")), ob.path("yaw_deg").asDouble()),
                n.path("complete").asBoolean(true));
    }

    public static ObjectNode provenance(Provenance p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("spatiallift_version", p.spatialLiftVersion());
        n.put("image", p.image());
        n.put("objects_from", p.source().objects());
        ArrayNode models = n.putArray("models");
        for (ModelRef m : p.source().models()) {
            ObjectNode model = models.addObject().put("id", m.id()).put("role", m.role()).put("sha256", m.sha256());
            if (m.revision() != null) {
                model.put("revision", m.revision());
            }
        }
        n.put("depth_from", p.source().depth());
        if (p.source().depthEstimated()) {
            ModelRef d = p.source().depthModel();
            n.put("depth_note", "depth estimated from the photo by the model " + d.id()
                    + (d.revision() == null ? "" : " at revision " + d.revision()) + " (sha256 " + d.sha256()
                    + "), not measured: distances and sizes are estimates");
        }
        n.put("seed", p.seed());
        n.set("settings", settings(p.settings()));
        return n;
    }

    public static Provenance provenance(JsonNode n) {
        List<ModelRef> models = new ArrayList<>();
        n.path("models").forEach(m -> models.add(new ModelRef(text(m, "id"), text(m, "role"), text(m, "sha256"),
                nullableText(m.path("revision")))));
        String depth = n.hasNonNull("depth_from") ? text(n, "depth_from") : SceneSource.DEPTH_FILE;
        return new Provenance(text(n, "spatiallift_version"), text(n, "image"),
                new SceneSource(text(n, "objects_from"), models, depth), n.path("seed").asLong(),
                settings(n.path("settings")));
    }

    public static ObjectNode settings(QaSettings s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("per_image", s.perImage());
        n.put("quantitative_share", s.quantitativeShare());
        ObjectNode weights = n.putObject("category_weights");
        s.categoryWeights().forEach(weights::put);
        n.put("seed", s.seed());
        n.put("noise_rel_std", s.noiseRelStd());
        n.put("units", s.units().key());
        Margins m = s.margins();
        n.putObject("margins").put("floor_m", m.floorM()).put("position_relative", m.positionRelative())
                .put("size_relative", m.sizeRelative()).put("contact_m", m.contactM()).put("clock_deg", m.clockDeg());
        n.put("chain_of_thought", s.chainOfThought());
        n.put("reasoning", s.reasoningInline() ? "inline" : "metadata");
        n.put("ties", s.tiesAnswered() ? "answer" : "skip");
        return n;
    }

    public static QaSettings settings(JsonNode n) {
        Map<String, Double> weights = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("category_weights").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            weights.put(e.getKey(), e.getValue().asDouble());
        }
        JsonNode m = n.path("margins");
        return new QaSettings(n.path("per_image").asInt(), n.path("quantitative_share").asDouble(), weights,
                n.path("seed").asLong(), n.path("noise_rel_std").asDouble(), Units.fromKey(text(n, "units")),
                new Margins(m.path("floor_m").asDouble(), m.path("position_relative").asDouble(),
                        m.path("size_relative").asDouble(), m.path("contact_m").asDouble(), m.path("clock_deg").asDouble()),
                n.path("chain_of_thought").asBoolean(), "inline".equals(n.path("reasoning").asText()),
                "answer".equals(n.path("ties").asText()));
    }

    private static ArrayNode vec(Vec3 v) {
        return MAPPER.createArrayNode().add(v.x()).add(v.y()).add(v.z());
    }

    private static Vec3 vec(JsonNode a) {
        if (!a.isArray() || a.size() != 3) {
            throw new IllegalArgumentException("expected [x, y, z], got " + a);
        }
        return new Vec3(a.get(0).asDouble(), a.get(1).asDouble(), a.get(2).asDouble());
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not text in " + abbreviate(n));
        }
        return v.asText();
    }

    private static String nullableText(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static Double number(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? null : v.asDouble();
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
