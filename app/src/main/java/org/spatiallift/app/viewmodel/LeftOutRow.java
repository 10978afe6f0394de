package org.spatiallift.app.viewmodel;


/**
 * A detection, box or instance that is not among the scene's usable objects, and why.
 *
 * @param id     its instance id, or 0 when it never had one (below the threshold, a duplicate box)
 * @param name   its label
 * @param score  the detector's score in [0, 1], or NaN when it does not come from a detection
 * @param reason the step that left it out, in a few words ("too few points", "implausible for its class")
 * @param detail why, with the numbers that decided it
 */
public record LeftOutRow(int id, String name, double score, String reason, String detail) {

    /** "chair #3, score 0.41", without what is unknown. */
    public String title() {
        return name + (id > 0 ? " #" + id : "") + (Double.isNaN(score) ? ""
                : Formats.format(", score %.2f", score));
    }

    @Override
    public String toString() {
        return title() + " — " + reason + ": " + detail;
    }
}
