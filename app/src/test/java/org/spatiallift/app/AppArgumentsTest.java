package org.spatiallift.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AppArgumentsTest {

    @Test
    void namedOptionsAreSeparatedFromTheFilesAsJavaFxSeparatesThem() {
        AppArguments a = AppArguments.parse(List.of("TUM_color.png", "--tab=pipeline", "--screenshot=/tmp/a.png",
                "TUM_depth.png", "--verbose", "--=x"));

        assertThat(a.named()).containsOnlyKeys("tab", "screenshot");
        assertThat(a.named()).containsEntry("tab", "pipeline");
        assertThat(a.screenshot()).isEqualTo("/tmp/a.png");
        assertThat(a.unnamed()).containsExactly("TUM_color.png", "TUM_depth.png", "--verbose", "--=x");
    }

    @Test
    void noArgumentsOpenTheSampleScene() {
        AppArguments a = AppArguments.parse(List.of());

        assertThat(a.unnamed()).isEmpty();
        assertThat(a.screenshot()).isNull();
    }
}
