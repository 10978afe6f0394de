package org.spatiallift.engine.qa.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompiledTemplateTest {

    private static String fill(String template, String a, String b) {
        String[] values = new String[Slot.values().length];
        values[Slot.A.ordinal()] = a;
        values[Slot.B.ordinal()] = b;
        StringBuilder sb = new StringBuilder();
        CompiledTemplate.compile(template).fill(sb, values);
        return sb.toString();
    }

    @Test
    void fillPutsValuesInSlotsAndKeepsLiterals() {
        assertThat(fill("Is {A} left of {B}?", "the chair", "the lamp")).isEqualTo("Is the chair left of the lamp?");
    }

    @Test
    void fillCapitalisesValuesThatStartASentence() {
        assertThat(fill("{A} is left.", "the chair", "x")).isEqualTo("The chair is left.");
        assertThat(fill("No. {A} is right of {B}.", "the chair", "the lamp")).isEqualTo("No. The chair is right of the lamp.");
        assertThat(fill("No, {A} is right.", "the chair", "x")).isEqualTo("No, the chair is right.");
        assertThat(fill("From left: {A}.", "the chair", "x")).isEqualTo("From left: the chair.");
    }

    @Test
    void slotsListsEveryPlaceholderUsed() {
        assertThat(CompiledTemplate.compile("{A} is {value} from {B}.").slots())
                .containsExactlyInAnyOrder(Slot.A, Slot.VALUE, Slot.B);
        assertThat(CompiledTemplate.compile("Yes.").slots()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Is {C} left?        | unknown placeholder {C} at column 4
            Is {A left?         | a '{' at column 4 is not closed
            Is {A {B} left?     | a '{' at column 4 is not closed
            Is A} left?         | a '}' without '{' at column 5
            """)
    void compileRejectsBadPlaceholdersNamingTheColumn(String template, String message) {
        assertThatThrownBy(() -> CompiledTemplate.compile(template)).hasMessage(message);
    }
}
