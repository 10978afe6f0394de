package org.spatiallift.engine.qa;

/**
 * A category as listed to users ({@code spatiallift categories --json}, docs/qa-categories.md).
 *
 * @param name              e.g. "left_of"
 * @param kind              its kind
 * @param questionTemplates number of question templates
 * @param answerTemplates   number of answer templates (yes and no answers together for yes/no categories)
 * @param definition        its geometric definition in the canonical frame
 * @param marginRule        when it is skipped as a near-tie
 * @param needsGravity      generated only for scenes with a canonical (gravity-aligned) frame
 * @param objects           how many objects it names
 */
public record CategoryInfo(String name, QaKind kind, int questionTemplates, int answerTemplates, String definition,
                           String marginRule, boolean needsGravity, String objects) {
}
