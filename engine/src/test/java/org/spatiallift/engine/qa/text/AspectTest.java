package org.spatiallift.engine.qa.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;

/** What a referring expression states and what each category asks. */
class AspectTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            the chair,                  0
            the red chair,              0
            the chair on the left,      1
            the rightmost bottle,       1
            the nearer cup,             2
            the farthest chair,         2
            the smallest red box,       4
            the bigger box,             4
            the leftmost blue chair,    1
            the upper shelf,            8
            """)
    void anExpressionStatesWhatItsWordsSay(String expression, int mask) {
        assertThat(Aspect.stated(expression)).isEqualTo(mask);
    }

    @Test
    void everyCategoryHasItsAskedAspectsAndAnUnknownOneIsRefused() {
        for (Category c : Categories.all()) {
            assertThat(Aspect.askedBy(c.name())).as(c.name()).isPositive();
        }
        assertThat(Aspect.askedBy("left_of") & Aspect.stated("the leftmost chair")).isNotZero();
        assertThat(Aspect.askedBy("taller") & Aspect.stated("the leftmost chair")).isZero();
        assertThat(Aspect.askedBy("centre_distance") & Aspect.stated("the nearest chair")).isNotZero();
        assertThatThrownBy(() -> Aspect.askedBy("new_category")).hasMessageContaining("Aspect.askedBy");
    }
}
