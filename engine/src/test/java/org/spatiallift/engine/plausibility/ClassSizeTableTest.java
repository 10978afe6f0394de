package org.spatiallift.engine.plausibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassSizeTableTest {

    private static List<String> coco80() throws IOException {
        try (var in = ClassSizeTableTest.class.getResourceAsStream("/org/spatiallift/resources/labels/coco-80.txt")) {
            assertThat(in).as("the COCO-80 label list on the class path").isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    @Test
    void builtInCoversEveryCocoLabelAndNothingElse() throws IOException {
        List<String> coco = coco80();
        ClassSizeTable table = ClassSizeTable.builtIn();

        assertThat(coco).hasSize(80);
        for (String label : coco) {
            assertThat(table.find(label)).as(label).isNotNull();
        }
        assertThat(table.labels()).containsExactlyInAnyOrderElementsOf(coco);
    }

    @Test
    void builtInRowsAreConsistent() {
        for (String label : ClassSizeTable.builtIn().labels()) {
            ClassSize s = ClassSizeTable.builtIn().find(label);
            // the smallest extent of a whole object cannot exceed its largest horizontal or vertical size
            assertThat(s.thin().minM()).as(label).isLessThanOrEqualTo(Math.max(s.height().maxM(), s.length().maxM()));
            assertThat(s.thin().maxM()).as(label).isLessThanOrEqualTo(Math.max(s.height().maxM(), s.length().maxM()));
        }
    }

    @Test
    void builtInHoldsTheIssuesExamples() {
        ClassSizeTable t = ClassSizeTable.builtIn();

        assertThat(t.find("toilet").support()).isEqualTo(Support.FLOOR);
        assertThat(t.find("Refrigerator").height().contains(0.47)).isFalse();
        assertThat(t.find("chair").thin().minM()).isGreaterThan(2 * 0.06);
    }

    @Test
    void parseRejectsAWrongHeader() {
        List<String> lines = List.of("# sizes", "label,height,length,thin,support", "chair,0.4,1.4,0.3,1.6,0.25,1.2,floor");

        assertThatThrownBy(() -> ClassSizeTable.parse(lines, "t.csv")).hasMessageContaining("t.csv line 2")
                .hasMessageContaining("the header is").hasMessageContaining(ClassSizeTable.HEADER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            chair,0.4,1.4,0.3,1.6,0.25,1.2,ceiling | support "ceiling"
            chair,0.4,tall,0.3,1.6,0.25,1.2,floor  | "tall" is not a number
            chair,1.4,0.4,0.3,1.6,0.25,1.2,floor   | 0 < min <= max
            chair,0.4,1.4,0.3,1.6,0.25,floor       | 7 fields
            """)
    void parseNamesTheLineAndTheProblem(String row, String message) {
        List<String> lines = List.of(ClassSizeTable.HEADER, row);

        assertThatThrownBy(() -> ClassSizeTable.parse(lines, "t.csv")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t.csv line 2").hasMessageContaining(message);
    }

    @Test
    void parseRejectsALabelTwice() {
        List<String> lines = List.of(ClassSizeTable.HEADER, "cup,0.03,0.3,0.03,0.3,0.02,0.2,any",
                "Cup,0.03,0.3,0.03,0.3,0.02,0.2,any");

        assertThatThrownBy(() -> ClassSizeTable.parse(lines, "t.csv")).hasMessageContaining("line 3")
                .hasMessageContaining("appears twice");
    }
}
