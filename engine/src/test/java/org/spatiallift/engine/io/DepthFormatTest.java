package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DepthFormatTest {

    @ParameterizedTest
    @EnumSource(DepthFormat.class)
    void fromCliNameReturnsTheFormatOfItsCliName(DepthFormat format) throws Exception {
        assertThat(DepthFormat.fromCliName(format.cliName())).isEqualTo(format);
        assertThat(DepthFormat.fromCliName(" " + format.cliName().toUpperCase() + " ")).isEqualTo(format);
    }

    @Test
    void cliNamesListsEveryFormatInOrder() {
        assertThat(DepthFormat.cliNames()).isEqualTo("png16|tum|sun|nyu-raw|kitti|npy|pfm");
    }

    @Test
    void fromCliNameRefusesUnknownNameListingTheKnownOnes() {
        assertThatThrownBy(() -> DepthFormat.fromCliName("exr"))
                .isInstanceOf(InputException.class)
                .hasMessage("--depth-format: unknown depth format 'exr'. Use one of png16|tum|sun|nyu-raw|kitti|npy|pfm");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            png16,   1000, true
            tum,     5000, true
            sun,     1000, true
            nyu-raw,    1, false
            kitti,    256, true
            npy,        1, true
            pfm,        1, true
            """)
    void defaultScaleMatchesTheDataset(String name, double scale, boolean acceptsScale) throws Exception {
        DepthFormat f = DepthFormat.fromCliName(name);

        assertThat(f.defaultScale()).isEqualTo(scale);
        assertThat(f.acceptsScale()).isEqualTo(acceptsScale);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            depth/00000.png, png16
            D.PNG,           png16
            frame.npy,       npy
            disp.PFM,        pfm
            """)
    void guessUsesTheExtension(String file, String expected) throws Exception {
        assertThat(DepthFormat.guess(Path.of(file)).cliName()).isEqualTo(expected);
    }

    @Test
    void guessRefusesPgmAndAsksForDepthFormat() {
        assertThatThrownBy(() -> DepthFormat.guess(Path.of("/x/NYU_depth.pgm")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("/x/NYU_depth.pgm")
                .hasMessageContaining("cannot guess the depth format of a .pgm file")
                .hasMessageContaining("--depth-format nyu-raw");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            /x/depth.exr
            /x/depth
            /x/depth.jpg
            """)
    void guessRefusesUnknownExtensions(String file) {
        assertThatThrownBy(() -> DepthFormat.guess(Path.of(file)))
                .hasMessageContaining(file)
                .hasMessageContaining("cannot guess")
                .hasMessageContaining("Pass --depth-format, one of png16|");
    }
}
