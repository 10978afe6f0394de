package org.spatiallift.engine.ask.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.SceneSource;

/**
 * Seeded random QA scenes for reading generated questions back: 4 to 8 boxes in front of a camera 1.5 m high, some
 * on the floor, some lifted, some resting on another; labels drawn from indoor and COCO names (multi-word ones
 * included: "potted plant", "dining table"), repeated labels told apart as the lift does ("the red chair", "the chair
 * on the left", "the leftmost cup", "the nearer vase"), with a colour alternative where a position names it. The
 * geometry is random: the descriptions need not be true of it, only unique.
 */
final class RandomQaScenes {

    private static final String[] LABELS = {"chair", "table", "lamp", "potted plant", "dining table", "tv", "mug",
        "sofa", "bookshelf", "vase", "laptop", "bottle", "cup", "bed", "door", "window", "picture frame",
        "refrigerator", "microwave", "book", "clock", "keyboard", "remote", "suitcase", "teddy bear", "wine glass",
        "computer monitor", "cabinet", "desk", "box", "stool", "fan"};
    private static final String[] COLOURS = {"red", "blue", "white", "black", "green", "brown", "grey", "yellow"};
    private static final String[][] PAIR = {{"the %s on the left", "the %s on the right"},
        {"the nearer %s", "the farther %s"}, {"the smaller %s", "the larger %s"}};
    private static final String[][] EXTREME = {{"the leftmost %s", "the rightmost %s"},
        {"the nearest %s", "the farthest %s"}, {"the smallest %s", "the largest %s"}};

    private RandomQaScenes() {
    }

    static QaScene scene(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 4 + rng.nextInt(5);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // about one in three repeats a label already used, so that descriptions must tell them apart
            names.add(!names.isEmpty() && rng.nextInt(3) == 0 ? names.get(rng.nextInt(names.size()))
                    : LABELS[rng.nextInt(LABELS.length)]);
        }
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(names.get(i), k -> new ArrayList<>()).add(i);
        }
        String[] descriptions = new String[n];
        List<List<String>> alternatives = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            alternatives.add(new ArrayList<>());
        }
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            describe(g.getKey(), g.getValue(), rng, descriptions, alternatives);
        }
        List<QaObject> objects = new ArrayList<>();
        List<Box3> boxes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Box3 b = box(rng, boxes);
            boxes.add(b);
            objects.add(new QaObject(i + 1, names.get(i), descriptions[i], b, new OrientedBox(b.center(), b.extents(), 0),
                    alternatives.get(i), true));
        }
        return QaScene.ofObjects("random-" + seed, objects, true, 1.5, SceneSource.SYNTHETIC);
    }

    private static void describe(String label, List<Integer> members, SplittableRandom rng, String[] descriptions,
                                 List<List<String>> alternatives) {
        if (members.size() == 1) {
            descriptions[members.get(0)] = "the " + label;
            return;
        }
        int style = rng.nextInt(3);
        int colour = rng.nextInt(COLOURS.length);
        for (int k = 0; k < members.size(); k++) {
            int i = members.get(k);
            String coloured = "the " + COLOURS[(colour + k) % COLOURS.length] + " " + label;
            if (style == 0 || members.size() > 3) {
                descriptions[i] = coloured;
            } else {
                String[][] words = members.size() == 2 ? PAIR : EXTREME;
                int aspect = rng.nextInt(words.length);
                // with three, the middle one has no extreme: it goes by its colour
                descriptions[i] = members.size() == 3 && k == 1 ? coloured
                        : String.format(words[aspect][k == 0 ? 0 : 1], label);
                if (!descriptions[i].equals(coloured)) {
                    alternatives.get(i).add(coloured);
                }
            }
        }
    }

    /** A box on the floor, lifted, or resting on one of {@code placed} (canonical frame, m). */
    private static Box3 box(SplittableRandom rng, List<Box3> placed) {
        double w = rng.nextDouble(0.1, 1.2);
        double d = rng.nextDouble(0.1, 1.2);
        double h = rng.nextDouble(0.1, 1.5);
        int kind = rng.nextInt(4);
        if (kind == 0 && !placed.isEmpty()) {
            Box3 under = placed.get(rng.nextInt(placed.size()));
            Vec3 c = under.center();
            double ww = Math.min(w, under.extents().x() * 0.8);
            double dd = Math.min(d, under.extents().y() * 0.8);
            double z = under.max().z();
            return new Box3(new Vec3(c.x() - ww / 2, c.y() - dd / 2, z), new Vec3(c.x() + ww / 2, c.y() + dd / 2, z + h));
        }
        double x = rng.nextDouble(-3, 3);
        double y = rng.nextDouble(0.5, 6);
        double z = kind == 1 ? rng.nextDouble(0.2, 1.5) : 0;
        return new Box3(new Vec3(x - w / 2, y - d / 2, z), new Vec3(x + w / 2, y + d / 2, z + h));
    }
}
