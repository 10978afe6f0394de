package org.spatiallift.engine.qa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.scene.SceneObject;

/**
 * The default {@link ObjectDescriber}: "the &lt;name&gt;" when the name is unique in the scene. Objects sharing a
 * name are told apart by one measured attribute from the canonical geometry, tried in this order: left/right
 * (box centre x), near/far (box centre y), size (cube root of the oriented box volume). With two objects, the first
 * attribute on which they differ by the margin gives "the chair on the left" / "the chair on the right"; with more,
 * an object that is the extreme of the group by the margin on some attribute gets "the leftmost chair" and so on.
 * Objects that no attribute separates, and unnamed ones ("object 7"), are ambiguous and left out. The margin is
 * {@link Margins#position} for positions and {@link Margins#size} for sizes. Every attribute that tells an object
 * apart gives an expression: the first is its description, the others its alternatives.
 */
public final class UniqueNameDescriber implements ObjectDescriber {

    private static final String[][] PAIR_WORDS = {
        {"the %s on the left", "the %s on the right"},
        {"the nearer %s", "the farther %s"},
        {"the smaller %s", "the bigger %s"}};
    private static final String[][] EXTREME_WORDS = {
        {"the leftmost %s", "the rightmost %s"},
        {"the nearest %s", "the farthest %s"},
        {"the smallest %s", "the biggest %s"}};

    private final Margins margins;

    public UniqueNameDescriber(Margins margins) {
        this.margins = margins;
    }

    @Override
    public List<ObjectDescription> describe(List<SceneObject> objects, CanonicalFrame frame) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        Map<String, String> display = new HashMap<>();
        ObjectDescription[] out = new ObjectDescription[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            SceneObject o = objects.get(i);
            String shown = o.name() == null ? "" : o.name().strip().replaceAll("\\s+", " ");
            String name = shown.toLowerCase(Locale.ROOT);
            if (name.isEmpty() || name.equals("object " + o.id())) {
                out[i] = ObjectDescription.ambiguous(o.id(), "it has no name (label id " + o.id()
                        + " is not in the names file)");
            } else {
                groups.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
                display.putIfAbsent(name, shown);
            }
        }
        groups.forEach((key, members) -> {
            String name = display.get(key);
            if (members.size() == 1) {
                int i = members.get(0);
                out[i] = ObjectDescription.referable(objects.get(i).id(), withArticle(name));
            } else if (members.size() == 2) {
                describePair(objects, name, members.get(0), members.get(1), out);
            } else {
                describeGroup(objects, name, members, out);
            }
        });
        return rejectDuplicates(objects, out);
    }

    private void describePair(List<SceneObject> objects, String name, int i, int j, ObjectDescription[] out) {
        List<String> forI = new ArrayList<>(3), forJ = new ArrayList<>(3);
        for (int attr = 0; attr < 3; attr++) {
            double vi = value(objects.get(i), attr), vj = value(objects.get(j), attr);
            if (Math.abs(vi - vj) >= margin(objects.get(i), objects.get(j), attr)) {
                boolean iFirst = vi < vj;
                forI.add(String.format(PAIR_WORDS[attr][iFirst ? 0 : 1], name));
                forJ.add(String.format(PAIR_WORDS[attr][iFirst ? 1 : 0], name));
            }
        }
        if (!forI.isEmpty()) {
            out[i] = referable(objects.get(i).id(), forI);
            out[j] = referable(objects.get(j).id(), forJ);
            return;
        }
        String reason = "two objects are called \"" + name + "\" and neither position (left/right, near/far) nor "
                + "size tells them apart by the margin";
        out[i] = ObjectDescription.ambiguous(objects.get(i).id(), reason);
        out[j] = ObjectDescription.ambiguous(objects.get(j).id(), reason);
    }

    private void describeGroup(List<SceneObject> objects, String name, List<Integer> members, ObjectDescription[] out) {
        for (int i : members) {
            SceneObject o = objects.get(i);
            List<String> holding = new ArrayList<>(3);
            for (int attr = 0; attr < 3; attr++) {
                boolean smallest = true, largest = true;
                for (int j : members) {
                    if (j == i) {
                        continue;
                    }
                    double d = value(objects.get(j), attr) - value(o, attr);
                    double m = margin(o, objects.get(j), attr);
                    smallest &= d >= m;
                    largest &= -d >= m;
                }
                if (smallest || largest) {
                    holding.add(String.format(EXTREME_WORDS[attr][smallest ? 0 : 1], name));
                }
            }
            out[i] = !holding.isEmpty() ? referable(o.id(), holding)
                    : ObjectDescription.ambiguous(o.id(), members.size() + " objects are called \"" + name
                    + "\" and this one is not the leftmost, rightmost, nearest, farthest, smallest or biggest by the margin");
        }
    }

    /** The first expression that holds, the others as alternatives. */
    private static ObjectDescription referable(int id, List<String> holding) {
        return ObjectDescription.referable(id, holding.get(0), holding.subList(1, holding.size()));
    }

    /** 0: centre x; 1: centre y; 2: cube root of the oriented box volume. */
    private static double value(SceneObject o, int attr) {
        if (attr == 2) {
            Vec3 e = o.orientedBoxCanonical().extents();
            return Math.cbrt(Math.max(0, e.x() * e.y() * e.z()));
        }
        Vec3 c = o.boxCanonical().center();
        return attr == 0 ? c.x() : c.y();
    }

    private double margin(SceneObject a, SceneObject b, int attr) {
        if (attr == 2) {
            return margins.size(value(a, 2), value(b, 2));
        }
        Vec3 ea = a.boxCanonical().extents(), eb = b.boxCanonical().extents();
        return attr == 0 ? margins.position(ea.x(), eb.x()) : margins.position(ea.y(), eb.y());
    }

    /** Two objects given the same expression (a "chair on the left" next to "the chairs") are both ambiguous. */
    private static List<ObjectDescription> rejectDuplicates(List<SceneObject> objects, ObjectDescription[] out) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            if (!out[i].usable()) {
                continue;
            }
            Integer j = first.putIfAbsent(out[i].expression(), i);
            if (j != null) {
                String reason = "another object is also \"" + out[i].expression() + "\"";
                out[i] = ObjectDescription.ambiguous(objects.get(i).id(), reason);
                if (out[j].usable()) {
                    out[j] = ObjectDescription.ambiguous(objects.get(j).id(), reason);
                }
            }
        }
        return Arrays.asList(out);
    }

    private static String withArticle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ") ? name : "the " + name;
    }
}
