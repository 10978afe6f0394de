package org.spatiallift.engine.scene;

import java.util.Locale;

/**
 * A detection, annotated box or label-map instance that did not become an object of the scene, and why: the record
 * behind the "left out" lines of the warnings, for lists that show each one with its reason.
 *
 * @param id     instance id it has or would have had (detection rank + 1, box number, label-map id); 0 for a
 *               detection that never got one (below the threshold, or a duplicate box)
 * @param name   its label ("chair")
 * @param score  the detector's score in [0, 1], or NaN when it does not come from a detection
 * @param reason the step that left it out
 * @param detail why, in words, with the numbers that decided it
 */
public record LeftOutObject(int id, String name, double score, Reason reason, String detail) {

    /** The step that left an object out. */
    public enum Reason {
        /** A detection scored below the detector's threshold: a shadow, used only to check referring expressions. */
        BELOW_THRESHOLD("below the threshold"),
        /** A detection whose box repeats a better one's in the image (2-D suppression). */
        DUPLICATE_BOX("duplicate box"),
        /** A detection whose mask was left out (no depth in its box, hidden by nearer masks, ...). */
        NO_MASK("no usable mask"),
        /** An instance with too few points (or too few in its largest cluster). */
        TOO_FEW_POINTS("too few points"),
        /** An object occupying the same space in 3-D as a better-scored one. */
        DUPLICATE_3D("duplicate in 3D");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        /** Short words for users ("too few points"). */
        public String words() {
            return words;
        }
    }

    public LeftOutObject {
        if (reason == null || detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("a left-out object needs a reason and its detail, got " + reason
                    + " and '" + detail + "' for " + name);
        }
    }

    /** True when it comes from a detection (it has a score). */
    public boolean detected() {
        return !Double.isNaN(score);
    }

    @Override
    public String toString() {
        return name + (id > 0 ? " #" + id : "") + (detected() ? String.format(Locale.ROOT, " (score %.2f)", score) : "")
                + ": " + reason.words() + " — " + detail;
    }
}
