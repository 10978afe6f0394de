package org.spatiallift.engine.perception.describe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.scene.ObjectDescription;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Describes the objects of a scene: measures each one's traits (dominant colour of its points' pixels by
 * {@link ColorNames}, centroid, extents, size), writes a caption ({@link Captions}) and a referring expression —
 * "the &lt;label&gt;" when the label is unique in the scene (shadow detections included, see
 * {@link #describe(List, PointCloud, CanonicalFrame, ModelCaptions, List)}), else one from
 * {@link ReferringExpressions} — or flags it
 * ambiguous with the reason. Objects without a name (a label-map id missing from the names file, "object 7") are
 * ambiguous. As a last check, two objects that would get the same expression are both ambiguous. Stateless.
 */
public final class ObjectDescriber {

    private static final Logger LOG = LoggerFactory.getLogger(ObjectDescriber.class);

    private final ColorNames colors;
    private final DescribeMargins margins;

    public ObjectDescriber(ColorNames colors, DescribeMargins margins) {
        this.colors = colors;
        this.margins = margins;
    }

    /** The built-in colour names and default margins. */
    public static ObjectDescriber defaults() {
        return new ObjectDescriber(ColorNames.builtIn(), DescribeMargins.defaults());
    }

    /**
     * The objects, in the same order, each with its description.
     *
     * @param cloudCamera the full-resolution cloud the objects' {@code cloudIndices} point into (its colours are used)
     * @param frame       the canonical frame of the objects
     */
    public List<SceneObject> describe(List<SceneObject> objects, PointCloud cloudCamera, CanonicalFrame frame) {
        return describe(objects, cloudCamera, frame, ModelCaptions.NONE);
    }

    /**
     * As {@link #describe(List, PointCloud, CanonicalFrame)}, with a model's caption put in front of the measured
     * one where {@code modelCaptions} has one: "&lt;model caption&gt; — &lt;label, measured attributes&gt;".
     */
    public List<SceneObject> describe(List<SceneObject> objects, PointCloud cloudCamera, CanonicalFrame frame,
                                      ModelCaptions modelCaptions) {
        return describe(objects, cloudCamera, frame, modelCaptions, List.of());
    }

    /**
     * As {@link #describe(List, PointCloud, CanonicalFrame, ModelCaptions)}, with every referring expression checked
     * against the {@code shadows} too (weaker detections of the objects' labels, {@link ShadowMeasure}): an object
     * whose label a shadow shares is no longer "the &lt;label&gt;", and "the leftmost …", "the red …" must hold against
     * the shadows as well, or the object is ambiguous with the reason. A label map has no shadows.
     */
    public List<SceneObject> describe(List<SceneObject> objects, PointCloud cloudCamera, CanonicalFrame frame,
                                      ModelCaptions modelCaptions, List<Shadow> shadows) {
        List<ObjectTraits> traits = objects.stream().map(o -> traits(o, cloudCamera)).toList();
        Map<String, List<ObjectTraits>> groups = new LinkedHashMap<>();
        Map<ObjectTraits, String> expression = new IdentityHashMap<>();
        Map<ObjectTraits, String> reason = new IdentityHashMap<>();
        Map<ObjectTraits, List<String>> alternatives = new IdentityHashMap<>();
        for (ObjectTraits t : traits) {
            if (t.key().isEmpty() || t.key().equals("object " + t.id())) {
                reason.put(t, "it has no name (label id " + t.id() + " is not in the names file)");
            } else {
                groups.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, List<ObjectTraits>> kept = new LinkedHashMap<>();
        groups.forEach((k, v) -> kept.put(k, List.copyOf(v)));
        for (Shadow sh : shadows) {
            ObjectTraits t = traits(sh);
            List<ObjectTraits> group = groups.get(t.key());
            if (group != null) {
                group.add(t);
            }
        }
        ReferringExpressions resolver = new ReferringExpressions(margins);
        for (List<ObjectTraits> group : groups.values()) {
            if (group.size() == 1) {
                expression.put(group.get(0), "the " + group.get(0).label());
                continue;
            }
            List<ReferringExpressions.Reference> refs = resolver.resolve(group);
            for (int k = 0; k < group.size(); k++) {
                if (group.get(k).shadow()) {
                    continue;
                }
                if (refs.get(k).expression() != null) {
                    expression.put(group.get(k), refs.get(k).expression());
                    alternatives.put(group.get(k), refs.get(k).alternatives());
                } else {
                    reason.put(group.get(k), refs.get(k).reason());
                }
            }
        }
        rejectDuplicates(traits, expression, reason);
        Captions captions = new Captions(margins);
        List<SceneObject> out = new ArrayList<>(objects.size());
        for (ObjectTraits t : traits) {
            List<ObjectTraits> group = kept.getOrDefault(t.key(), List.of(t));
            String caption = captions.caption(t, group, traits, frame);
            String byModel = modelCaptions.captionOf(t.object());
            if (byModel != null && !byModel.isBlank()) {
                caption = byModel.strip() + " \u2014 " + caption;
            }
            ObjectDescription d = new ObjectDescription(t.label(), t.color().name(),
                    t.color().name() == null ? 0 : t.color().share(), caption, expression.get(t), reason.get(t),
                    alternatives.getOrDefault(t, List.of()));
            LOG.debug("object {}: {} — {}", t.id(), d.caption(), d.ambiguous() ? "ambiguous: " + d.ambiguityReason()
                    : d.referringExpression());
            out.add(t.object().withDescription(d));
        }
        return out;
    }

    private ObjectTraits traits(SceneObject o, PointCloud cloud) {
        int[] idx = o.cloudIndices();
        int[] rgb = new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            rgb[k] = cloud.rgb()[idx[k]];
        }
        DominantColor color = colors.dominant(rgb, rgb.length, margins.minColorShare());
        String label = o.name() == null ? "" : o.name().strip().replaceAll("\\s+", " ");
        var e = o.orientedBoxCanonical().extents();
        return new ObjectTraits(o, label, label.toLowerCase(Locale.ROOT), color, o.centroidCanonical().x(),
                o.centroidCanonical().y(), o.boxCanonical().extents().x(), o.boxCanonical().extents().y(),
                Math.cbrt(e.x() * e.y() * e.z()), Double.NaN);
    }

    private ObjectTraits traits(Shadow s) {
        DominantColor color = colors.dominant(s.rgb(), s.rgb().length, margins.minColorShare());
        String label = s.label() == null ? "" : s.label().strip().replaceAll("\\s+", " ");
        return new ObjectTraits(null, label, label.toLowerCase(Locale.ROOT), color, s.x(), s.y(), s.extentX(),
                s.extentY(), s.size(), s.score());
    }

    private static void rejectDuplicates(List<ObjectTraits> traits, Map<ObjectTraits, String> expression,
                                         Map<ObjectTraits, String> reason) {
        Map<String, List<ObjectTraits>> byExpression = new HashMap<>();
        for (ObjectTraits t : traits) {
            String e = expression.get(t);
            if (e != null) {
                byExpression.computeIfAbsent(e.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
            }
        }
        for (Map.Entry<String, List<ObjectTraits>> e : byExpression.entrySet()) {
            if (e.getValue().size() > 1) {
                for (ObjectTraits t : e.getValue()) {
                    expression.remove(t);
                    reason.put(t, e.getValue().size() + " objects would be called \"" + e.getKey() + "\"");
                }
            }
        }
    }
}
