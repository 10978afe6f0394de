package org.spatiallift.engine.ask.intent;

import java.util.Objects;

import org.spatiallift.engine.ask.IntentKind;

/**
 * One question shape and what it asks: a QA template of a category (exact or normalised), or a paraphrase pattern of
 * a category, of WITHIN or of SUMMARY.
 *
 * @param kind       what a question of this shape asks
 * @param category   the category for CATEGORY, else null
 * @param pattern    the shape
 * @param confidence how sure a match makes the reader, 0–1
 * @param origin     where the shape comes from, for messages ("left_of.txt: Is {A} to the left of {B}?")
 */
record PatternEntry(IntentKind kind, String category, SlotPattern pattern, double confidence, String origin) {

    PatternEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pattern, "pattern");
    }
}
