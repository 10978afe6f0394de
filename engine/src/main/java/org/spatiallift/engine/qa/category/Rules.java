package org.spatiallift.engine.qa.category;

import static org.spatiallift.engine.qa.template.Slot.A;
import static org.spatiallift.engine.qa.template.Slot.B;
import static org.spatiallift.engine.qa.template.Slot.CHOICE;
import static org.spatiallift.engine.qa.template.Slot.OBJECTS;
import static org.spatiallift.engine.qa.template.Slot.ORDER;
import static org.spatiallift.engine.qa.template.Slot.OTHER;
import static org.spatiallift.engine.qa.template.Slot.SIDE;
import static org.spatiallift.engine.qa.template.Slot.THRESHOLD;
import static org.spatiallift.engine.qa.template.Slot.VALUE;
import static org.spatiallift.engine.qa.template.Slot.X;

import java.util.List;
import java.util.Set;

import org.spatiallift.engine.qa.template.Section;
import org.spatiallift.engine.qa.template.SectionRule;
import org.spatiallift.engine.qa.template.TemplateRules;

/** The template rules of each shape of category: which placeholders each section may and must use. */
final class Rules {

    private Rules() {
    }

    /** Yes/no about A and B: questions name both; answers may name them. */
    static TemplateRules pairYesNo() {
        return yesNo(Set.of(A, B), Set.of(A, B));
    }

    /** Yes/no about A, B and a stated distance. */
    static TemplateRules near() {
        return yesNo(Set.of(A, B, THRESHOLD), Set.of(A, B, THRESHOLD));
    }

    /** Yes/no about a list of objects. */
    static TemplateRules listYesNo() {
        return yesNo(Set.of(OBJECTS), Set.of(OBJECTS));
    }

    /** Which of A and B: answers name the chosen one. */
    static TemplateRules choice() {
        return TemplateRules.of(List.of(SectionRule.questions(Set.of(A, B), Set.of(A, B)),
                SectionRule.answers(Section.ANSWERS, Set.of(CHOICE, OTHER), Set.of(CHOICE))));
    }

    /** A quantity of A alone. */
    static TemplateRules singleQuantity() {
        return TemplateRules.of(List.of(SectionRule.questions(Set.of(A), Set.of(A)),
                SectionRule.answers(Section.ANSWERS, Set.of(A, VALUE), Set.of(VALUE))));
    }

    /** A quantity of A and B. */
    static TemplateRules pairQuantity() {
        return TemplateRules.of(List.of(SectionRule.questions(Set.of(A, B), Set.of(A, B)),
                SectionRule.answers(Section.ANSWERS, Set.of(A, B, VALUE), Set.of(VALUE))));
    }

    /** A signed offset of A from B: answers state the value and the direction. */
    static TemplateRules offset() {
        return TemplateRules.of(List.of(SectionRule.questions(Set.of(A, B), Set.of(A, B)),
                SectionRule.answers(Section.ANSWERS, Set.of(A, B, VALUE, SIDE), Set.of(VALUE, SIDE))));
    }

    /** Which of the others is closest to X. */
    static TemplateRules pickAmong() {
        return TemplateRules.of(List.of(SectionRule.questions(Set.of(X, OBJECTS), Set.of(X, OBJECTS)),
                SectionRule.answers(Section.ANSWERS, Set.of(X, CHOICE), Set.of(CHOICE))));
    }

    /** Put a list of objects in order. */
    static TemplateRules order() {
        return TemplateRules.of(List.of(SectionRule.questions(Set.of(OBJECTS), Set.of(OBJECTS)),
                SectionRule.answers(Section.ANSWERS, Set.of(ORDER), Set.of(ORDER))));
    }

    /** Count the objects with a property relative to X. */
    static TemplateRules count() {
        return TemplateRules.of(List.of(SectionRule.questions(Set.of(X), Set.of(X)),
                SectionRule.answers(Section.ANSWERS, Set.of(X, VALUE), Set.of(VALUE))));
    }

    private static TemplateRules yesNo(Set<org.spatiallift.engine.qa.template.Slot> question,
                                       Set<org.spatiallift.engine.qa.template.Slot> answer) {
        return TemplateRules.of(List.of(SectionRule.questions(question, question),
                SectionRule.answers(Section.YES, answer, Set.of()),
                SectionRule.answers(Section.NO, answer, Set.of())));
    }
}
