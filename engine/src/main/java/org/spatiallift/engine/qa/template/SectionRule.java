package org.spatiallift.engine.qa.template;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one section of a category's template file must satisfy.
 *
 * @param section  the section
 * @param minCount fewest templates (20 for questions, 10 for answers)
 * @param allowed  slots its templates may use
 * @param required slots every template must use
 * @param endsWith characters a template may end with ("?" or "." for questions and requests, "." or "!" for answers)
 */
public record SectionRule(Section section, int minCount, Set<Slot> allowed, Set<Slot> required, String endsWith) {

    public static final int MIN_QUESTIONS = 20;
    public static final int MIN_ANSWERS = 10;

    public SectionRule {
        allowed = allowed.isEmpty() ? EnumSet.noneOf(Slot.class) : EnumSet.copyOf(allowed);
        required = required.isEmpty() ? EnumSet.noneOf(Slot.class) : EnumSet.copyOf(required);
        if (!allowed.containsAll(required)) {
            throw new IllegalArgumentException(section.key() + ": required slots " + required
                    + " must all be allowed (" + allowed + ")");
        }
    }

    public static SectionRule questions(Set<Slot> allowed, Set<Slot> required) {
        return new SectionRule(Section.QUESTIONS, MIN_QUESTIONS, allowed, required, "?.");
    }

    public static SectionRule answers(Section section, Set<Slot> allowed, Set<Slot> required) {
        return new SectionRule(section, MIN_ANSWERS, allowed, required, ".!");
    }
}
