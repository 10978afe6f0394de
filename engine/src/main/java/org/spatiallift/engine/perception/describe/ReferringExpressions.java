package org.spatiallift.engine.perception.describe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Unique referring expressions for objects that share a label, after SpatialVLM's ambiguity resolution (Chen et al.,
 * CVPR 2024): every object gets the shortest expression that picks it out alone, or is flagged ambiguous with the
 * reason. Expressions are tried in this order, the first that holds wins:
 * <ol>
 *   <li>colour alone — "the red chair": it has a colour and every other object of the label clearly has not
 *       ({@link #colorSeparates});</li>
 *   <li>one attribute alone, in the order left/right, nearer/farther, size — "the chair on the left" (of two),
 *       "the leftmost bottle" (of three or more): it is the lowest or highest of the group on that attribute, ahead
 *       of every other member by the attribute's margin ({@link Attribute#margin});</li>
 *   <li>colour, then one attribute among the objects that share its colour — "the red chair on the left".</li>
 * </ol>
 * A near-tie is never used: an attribute counts only where it clears the margin against every rival, shadow
 * detections ({@link Shadow}) included; a rival whose position or size is unknown (NaN) is never cleared. Every
 * expression that holds is kept, the first as the referring expression and the others as alternatives.
 */
final class ReferringExpressions {

    private final DescribeMargins margins;

    ReferringExpressions(DescribeMargins margins) {
        this.margins = margins;
    }

    /**
     * A unique expression, or the reason there is none; {@code alternatives} are the other expressions that hold, in
     * the same order of preference (questions use them where the first would state what they ask).
     */
    record Reference(String expression, String reason, List<String> alternatives) {
    }

    /**
     * One reference per member of {@code group} (objects of one label, at least two, shadows among them), in order;
     * shadows get none (null) but every expression must hold against them.
     */
    List<Reference> resolve(List<ObjectTraits> group) {
        List<Reference> out = new ArrayList<>(group.size());
        for (ObjectTraits t : group) {
            if (t.shadow()) {
                out.add(null);
                continue;
            }
            List<ObjectTraits> others = group.stream().filter(o -> o != t).toList();
            out.add(resolveOne(t, others, group.size()));
        }
        return out;
    }

    private Reference resolveOne(ObjectTraits t, List<ObjectTraits> others, int groupSize) {
        List<String> holding = new ArrayList<>(4);
        String color = t.color().name();
        List<ObjectTraits> sameColor = others.stream().filter(o -> !colorSeparates(t, o)).toList();
        if (color != null && sameColor.isEmpty()) {
            holding.add("the " + color + " " + t.label());
        }
        for (Attribute a : Attribute.values()) {
            int sign = extreme(t, others, a);
            if (sign != 0) {
                holding.add(a.phrase(sign, groupSize, null, t.label()));
            }
        }
        if (color != null && !sameColor.isEmpty() && sameColor.size() < others.size()) {
            for (Attribute a : Attribute.values()) {
                int sign = extreme(t, sameColor, a);
                if (sign != 0) {
                    holding.add(a.phrase(sign, sameColor.size() + 1, color, t.label()));
                }
            }
        }
        if (holding.isEmpty()) {
            return new Reference(null, reason(t, others, groupSize), List.of());
        }
        return new Reference(holding.get(0), null, List.copyOf(holding.subList(1, holding.size())));
    }

    /**
     * True when colour alone tells {@code o} from {@code t}: t has a colour c and o clearly has not — o's dominant
     * colour is another (or none), and o's share of c is below both t's share minus the colour margin and the minimum
     * colour share.
     */
    boolean colorSeparates(ObjectTraits t, ObjectTraits o) {
        String c = t.color().name();
        if (c == null || c.equals(o.color().name())) {
            return false;
        }
        double s = o.color().shareOf(c);
        return s <= t.color().share() - margins.colorMargin() && s < margins.minColorShare();
    }

    /** −1 when t is below every other by the margin on attribute a, +1 when above every other, else 0. */
    private int extreme(ObjectTraits t, List<ObjectTraits> others, Attribute a) {
        if (others.isEmpty()) {
            return 0;
        }
        boolean lowest = true, highest = true;
        for (ObjectTraits o : others) {
            double d = a.value(o) - a.value(t);
            double m = a.margin(t, o, margins);
            lowest &= d >= m;
            highest &= -d >= m;
        }
        return lowest ? -1 : highest ? 1 : 0;
    }

    private String reason(ObjectTraits t, List<ObjectTraits> others, int groupSize) {
        for (ObjectTraits o : others) {
            boolean anySeparates = colorSeparates(t, o) || colorSeparates(o, t);
            for (Attribute a : Attribute.values()) {
                anySeparates |= a.separates(t, o, margins);
            }
            if (!anySeparates) {
                StringBuilder sb = new StringBuilder();
                sb.append(String.format(Locale.ROOT, "it cannot be told from %s by colour (%s)", o.who(), colors(t, o)));
                for (Attribute a : Attribute.values()) {
                    sb.append(", ").append(a.difference(t, o, margins));
                }
                return sb.toString();
            }
        }
        long shadows = others.stream().filter(ObjectTraits::shadow).count();
        return String.format(Locale.ROOT, "among the %d %s%s no colour, left/right, nearer/farther or size picks it out "
                + "alone by the margins", groupSize, English.plural(t.label()), shadows == 0 ? ""
                : " (" + shadows + " of them weaker detections below the threshold)");
    }

    private static String colors(ObjectTraits a, ObjectTraits b) {
        String ca = a.color().name(), cb = b.color().name();
        if (ca == null && cb == null) {
            return "neither has a clear colour";
        }
        if (ca != null && ca.equals(cb)) {
            return "both " + ca;
        }
        return (ca == null ? "no clear colour" : ca) + " and " + (cb == null ? "no clear colour" : cb) + ", not clearly apart";
    }
}
