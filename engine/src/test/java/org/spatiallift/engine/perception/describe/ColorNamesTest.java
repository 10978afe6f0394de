package org.spatiallift.engine.perception.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CIELAB conversion against published values, and colour names of known colours, lit and shaded. */
class ColorNamesTest {

    private final ColorNames names = ColorNames.builtIn();

    @ParameterizedTest(name = "#{0}")
    @CsvSource(textBlock = """
            FFFFFF, 100.0,    0.0,    0.0
            000000,   0.0,    0.0,    0.0
            FF0000,  53.24,  80.09,  67.20
            00FF00,  87.73, -86.18,  83.18
            0000FF,  32.30,  79.19, -107.86
            808080,  53.59,   0.0,    0.0
            """)
    void cielabMatchesReferenceValues(String hex, double l, double a, double b) {
        double[] lab = Cielab.fromRgb(Integer.parseInt(hex, 16));

        assertThat(lab[0]).isCloseTo(l, within(0.05));
        assertThat(lab[1]).isCloseTo(a, within(0.05));
        assertThat(lab[2]).isCloseTo(b, within(0.05));
    }

    @Test
    void builtInTableHasAboutThirtyShadesOverThirteenNames() {
        assertThat(names.shades()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(names.shades().stream().map(ColorName::reported).distinct()).containsExactlyInAnyOrder(
                "black", "white", "grey", "beige", "brown", "red", "orange", "yellow", "green", "teal", "blue", "purple",
                "pink");
    }

    @ParameterizedTest(name = "#{0} is {1}")
    @CsvSource(textBlock = """
            FF0000, red
            C00000, red
            00A000, green
            0000FF, blue
            FFFF00, yellow
            FF8000, orange
            FFFFFF, white
            000000, black
            808080, grey
            800080, purple
            FF69B4, pink
            8B4513, brown
            2A9D8F, teal
            FFBE0B, yellow
            7B4FA0, purple
            8B5A2B, brown
            00B4D8, blue
            3A86FF, blue
            FB5607, orange
            F15BB5, pink
            38B000, green
            D6C7A6, beige
            """)
    void knownColoursGetTheirNames(String hex, String expected) {
        assertThat(names.name(Integer.parseInt(hex, 16))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "#{0} shaded is {1}")
    @CsvSource(textBlock = """
            FFBE0B, yellow
            3A86FF, blue
            D62828, red
            F4F4F4, white
            38B000, green
            """)
    void dominantColourOfAShadedObjectIsItsLitColour(String hex, String expected) {
        int base = Integer.parseInt(hex, 16);
        // like SceneRenderer: albedo × (0.35 + 0.65·cos), over faces from fully lit to turned away from the light
        int[] pixels = new int[200];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = scale(base, 0.35 + 0.65 * i / (pixels.length - 1.0));
        }

        DominantColor c = names.dominant(pixels, pixels.length, 0.4);

        assertThat(c.name()).as("%s", c.shares()).isEqualTo(expected);
        assertThat(c.share()).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void dominantColourOfAnEvenMixHasNoName() {
        // red and blue of about the same lightness (L* 45.3 and 43.3), alternating, lit alike
        int[] pixels = new int[200];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = scale(i % 2 == 0 ? 0xC83232 : 0x2F5FD0, 0.5 + 0.5 * (i / 2) / 99.0);
        }

        DominantColor c = names.dominant(pixels, pixels.length, 0.6);

        assertThat(c.name()).isNull();
        assertThat(c.shareOf("red") + c.shareOf("blue")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void malformedTableLineIsNamedInTheError() {
        String table = "name,srgb,reported\nred,#FF0000,red\nbad line\n";

        assertThatThrownBy(() -> ColorNames.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "t.csv"))
                .hasMessageContaining("t.csv line 3").hasMessageContaining("bad line");
    }

    private static int scale(int rgb, double f) {
        int r = (int) Math.round(((rgb >> 16) & 255) * f), g = (int) Math.round(((rgb >> 8) & 255) * f),
                b = (int) Math.round((rgb & 255) * f);
        return (r << 16) | (g << 8) | b;
    }
}
