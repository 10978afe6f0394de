package org.spatiallift.engine.qa.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TemplateFileTest {

    private static final TemplateRules RULES = TemplateRules.of(List.of(
            new SectionRule(Section.QUESTIONS, 2, Set.of(Slot.A, Slot.B), Set.of(Slot.A, Slot.B), "?"),
            new SectionRule(Section.ANSWERS, 2, Set.of(Slot.A, Slot.VALUE), Set.of(Slot.VALUE), ".")));

    @Test
    void checkAcceptsAWellFormedFileAndCompilesIt() {
        TemplateFile f = TemplateFile.parse("t.txt", """
                # comment
                [questions]
                How far is {A} from {B}?
                What separates {A} and {B}?

                [answers]
                About {value}.
                {A} is {value} away.
                """);

        assertThat(f.check(RULES)).isEmpty();
        TemplateSet set = f.compile("t");
        assertThat(set.count(Section.QUESTIONS)).isEqualTo(2);
        assertThat(set.count(Section.ANSWERS)).isEqualTo(2);
        assertThat(set.count(Section.YES)).isZero();
    }

    @Test
    void checkReportsEveryProblemWithFileAndLine() {
        TemplateFile f = TemplateFile.parse("t.txt", """
                stray line
                [questions]
                How far is {A}?
                How far is {A}?
                [answers]
                About {value}
                About {X}.
                [yes]
                Yes.
                [colour]
                """);

        List<String> problems = f.check(RULES);

        assertThat(problems).containsExactlyInAnyOrder(
                "t.txt:1: a template before the first section header",
                "t.txt:10: unknown section [colour] (expected [questions], [answers], [yes] or [no])",
                "t.txt: section [yes] is not used by this category (it has [[answers], [questions]])",
                "t.txt:3: placeholder {B} is required in every template of [questions] but missing from \"How far is {A}?\"",
                "t.txt:4: duplicate template \"How far is {A}?\"",
                "t.txt:4: placeholder {B} is required in every template of [questions] but missing from \"How far is {A}?\"",
                "t.txt:6: a template of [answers] must end with one of \".\": \"About {value}\"",
                "t.txt:7: placeholder {X} is not allowed in [answers] of this category (allowed: [{A}, {value}])",
                "t.txt:7: placeholder {value} is required in every template of [answers] but missing from \"About {X}.\"");
    }

    @Test
    void checkCountsTemplatesAgainstTheMinimum() {
        TemplateFile f = TemplateFile.parse("t.txt", "[questions]\nHow far is {A} from {B}?\n[answers]\n"
                + String.join("\n", Collections.nCopies(1, "About {value}.")));

        assertThat(f.check(RULES)).containsExactlyInAnyOrder(
                "t.txt: section [questions] has 1 templates, at least 2 are needed",
                "t.txt: section [answers] has 1 templates, at least 2 are needed");
    }

    @Test
    void checkRefusesWordingForPeopleAndForOrdersOfMany() {
        TemplateFile f = TemplateFile.parse("t.txt", "[questions]\nWho is nearer, {A} or {B}?\n"
                + "Size-wise, which comes last: {A} or {B}?\n[answers]\nAbout {value}.\n{A}: {value}.\n");

        assertThat(f.check(RULES)).containsExactlyInAnyOrder(
                "t.txt:2: \"who\" asks about a person; the objects are things: use \"which\" in \"Who is nearer, {A} or {B}?\"",
                "t.txt:3: \"comes last/first\" reads as an order of many; a choice is between two objects: say what is"
                        + " compared in \"Size-wise, which comes last: {A} or {B}?\"");
    }
}
