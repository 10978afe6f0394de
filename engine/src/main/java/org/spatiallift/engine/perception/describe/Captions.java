package org.spatiallift.engine.perception.describe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.SupportKind;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Captions: the label with its colour, then attributes measured from the geometry (canonical frame):
 * <ul>
 *   <li>relative size among objects of the same label — "larger of the 2 chairs", "smallest of the 3 bottles" —
 *       only where the size ratio clears the margin against every other;</li>
 *   <li>position: azimuth atan2(x, y) from straight ahead: "on the left" below −θ, "on the right" above θ, else
 *       "in the middle" (θ = middleAzimuthDeg), and the horizontal distance √(x² + y²) from the camera;</li>
 *   <li>support, in a canonical frame only: "on the floor" (or "on the table" when a table top is the frame's support)
 *       when the object reaches down to it; else "on the &lt;label&gt;" of an object whose top is within the contact
 *       margin of its bottom and whose box holds its centroid's x and y; else its height above the support.</li>
 * </ul>
 */
final class Captions {

    private final DescribeMargins margins;

    Captions(DescribeMargins margins) {
        this.margins = margins;
    }

    /** The caption of {@code t}, whose label group is {@code group} (it included), in a scene of {@code all}. */
    String caption(ObjectTraits t, List<ObjectTraits> group, List<ObjectTraits> all, CanonicalFrame frame) {
        List<String> parts = new ArrayList<>();
        parts.add(t.color().name() == null ? t.label() : t.color().name() + " " + t.label());
        String size = relativeSize(t, group);
        if (size != null) {
            parts.add(size);
        }
        double azimuth = Math.toDegrees(Math.atan2(t.x(), t.y()));
        parts.add(azimuth < -margins.middleAzimuthDeg() ? "on the left"
                : azimuth > margins.middleAzimuthDeg() ? "on the right" : "in the middle");
        parts.add(String.format(Locale.ROOT, "%.1f m away", Math.hypot(t.x(), t.y())));
        if (frame.canonical()) {
            parts.add(support(t, all, frame));
        }
        return String.join(", ", parts);
    }

    private String relativeSize(ObjectTraits t, List<ObjectTraits> group) {
        if (group.size() < 2) {
            return null;
        }
        boolean smallest = true, largest = true;
        for (ObjectTraits o : group) {
            if (o != t) {
                smallest &= o.size() >= margins.sizeRatio() * t.size();
                largest &= t.size() >= margins.sizeRatio() * o.size();
            }
        }
        if (!smallest && !largest) {
            return null;
        }
        String word = group.size() == 2 ? (largest ? "larger" : "smaller") : (largest ? "largest" : "smallest");
        return word + " of the " + group.size() + " " + English.plural(t.label());
    }

    private String support(ObjectTraits t, List<ObjectTraits> all, CanonicalFrame frame) {
        SceneObject o = t.object();
        if (o.onFloor()) {
            return frame.support() == SupportKind.TABLE ? "on the table" : "on the floor";
        }
        double bottom = o.boxCanonical().min().z();
        for (ObjectTraits s : all) {
            Box3 b = s.object().boxCanonical();
            if (s != t && Math.abs(b.max().z() - bottom) <= margins.contactM()
                    && t.x() >= b.min().x() && t.x() <= b.max().x() && t.y() >= b.min().y() && t.y() <= b.max().y()) {
                return "on the " + s.label();
            }
        }
        return String.format(Locale.ROOT, "%.2f m above the %s", o.bottomAboveFloorM(),
                frame.support() == SupportKind.TABLE ? "table" : "floor");
    }
}
