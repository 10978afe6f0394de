package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.camera.IntrinsicsSource;

class IntrinsicsResolverTest {

    private static final Path IMAGE = Path.of("/photos/IMG_1.jpg");

    private static ExifInfo exif(Double focalMm, Double f35, Double pxPerMm, Integer w, Integer h) {
        return new ExifInfo(1, focalMm, f35, pxPerMm, w, h);
    }

    @Test
    void resolveUsesGivenIntrinsicsFirst() throws Exception {
        ResolvedIntrinsics r = IntrinsicsResolver.resolve(new IntrinsicsSpec(525, 520, 319.5, 239.5),
                exif(4.0, 26.0, null, null, null), 640, 480, IMAGE);

        assertThat(r.intrinsics()).isEqualTo(new Intrinsics(525, 520, 319.5, 239.5, 640, 480, IntrinsicsSource.GIVEN));
        assertThat(r.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # f35 mm, width, height, expected fx = f35 / 36 * max(width, height)
            36,  640,  480,  640
            26, 4032, 3024, 2912
            26, 3024, 4032, 2912
            28,  640,  480,  497.7777777777778
            """)
    void resolveDerivesFocalFrom35mmEquivalent(double f35, int width, int height, double fx) throws Exception {
        ResolvedIntrinsics r = IntrinsicsResolver.resolve(null, exif(4.25, f35, null, null, null), width, height, IMAGE);

        Intrinsics k = r.intrinsics();
        assertThat(k.source()).isEqualTo(IntrinsicsSource.EXIF);
        assertThat(k.fx()).isCloseTo(fx, within(1e-9));
        assertThat(k.fy()).isEqualTo(k.fx());
        assertThat(k.cx()).isEqualTo((width - 1) / 2.0);
        assertThat(k.cy()).isEqualTo((height - 1) / 2.0);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void resolveDerivesFocalFromFocalPlaneResolutionScaledToTheImage() throws Exception {
        // 4.25 mm at 714.3 px/mm on a 4032x3024 sensor image, resized to 1008x756: fx = 4.25 * 714.3 / 4
        ResolvedIntrinsics r = IntrinsicsResolver.resolve(null, exif(4.25, null, 714.3, 4032, 3024), 1008, 756, IMAGE);

        assertThat(r.intrinsics().source()).isEqualTo(IntrinsicsSource.EXIF);
        assertThat(r.intrinsics().fx()).isCloseTo(4.25 * 714.3 / 4, within(1e-9));
    }

    @Test
    void resolveFallsBackToSixtyDegreesWithWarning() throws Exception {
        ResolvedIntrinsics r = IntrinsicsResolver.resolve(null, ExifInfo.none(), 640, 480, IMAGE);

        assertThat(r.intrinsics().source()).isEqualTo(IntrinsicsSource.DEFAULT_FOV);
        assertThat(r.intrinsics().horizontalFovDeg()).isCloseTo(60.0, within(1e-9));
        assertThat(r.intrinsics().fx()).isCloseTo(320 / Math.tan(Math.toRadians(30)), within(1e-9));
        assertThat(r.warnings()).containsExactly("no intrinsics given and no EXIF focal length in /photos/IMG_1.jpg:"
                + " assumed a 60° horizontal field of view; metric sizes may be off. Give --intrinsics fx,fy,cx,cy");
    }

    @Test
    void resolveWarnsWhenExifHasFocalLengthButNoSensorSize() throws Exception {
        ResolvedIntrinsics r = IntrinsicsResolver.resolve(null, exif(4.25, null, null, null, null), 640, 480, IMAGE);

        assertThat(r.intrinsics().source()).isEqualTo(IntrinsicsSource.DEFAULT_FOV);
        assertThat(r.warnings()).singleElement().asString()
                .contains("4.25 mm but no sensor size").contains("assumed a 60° horizontal field of view")
                .contains("Give --intrinsics fx,fy,cx,cy");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0     | 525 | 319.5 | 239.5 | focal lengths must be positive and finite, got fx=0.0
            -525  | 525 | 319.5 | 239.5 | focal lengths must be positive and finite, got fx=-525.0
            525   | NaN | 319.5 | 239.5 | focal lengths must be positive and finite, got fx=525.0 fy=NaN
            Infinity | 525 | 319.5 | 239.5 | focal lengths must be positive and finite
            525   | 525 | NaN   | 239.5 | the principal point must be finite, got cx=NaN
            525   | 525 | 700   | 239.5 | the principal point (700.0, 239.5) is outside the 640x480 image
            525   | 525 | 319.5 | -1    | the principal point (319.5, -1.0) is outside the 640x480 image
            525   | 525 | 319.5 | 480   | the principal point (319.5, 480.0) is outside the 640x480 image
            """)
    void resolveRefusesImpossibleGivenIntrinsics(double fx, double fy, double cx, double cy, String problem) {
        assertThatThrownBy(() -> IntrinsicsResolver.resolve(new IntrinsicsSpec(fx, fy, cx, cy), ExifInfo.none(),
                640, 480, IMAGE))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("--intrinsics: ")
                .hasMessageContaining(problem)
                .hasMessageContaining("Give --intrinsics fx,fy,cx,cy in pixels of the upright image");
    }

    @Test
    void fromGivenAcceptsPrincipalPointOnTheImageEdge() throws Exception {
        Intrinsics k = IntrinsicsResolver.fromGiven(new IntrinsicsSpec(500, 500, -0.5, 479.5), 640, 480);

        assertThat(k.cx()).isEqualTo(-0.5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1e-30 | 1e-30 | 180.0°
            1e308 | 1e308 | 0.0°
            525   | 1e-3  | 180.0°
            """)
    void resolveRefusesFocalLengthsNoCameraHasNamingTheFieldOfView(double fx, double fy, String fov) {
        assertThatThrownBy(() -> IntrinsicsResolver.resolve(new IntrinsicsSpec(fx, fy, 319.5, 239.5), ExifInfo.none(),
                640, 480, IMAGE))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("--intrinsics: ")
                .hasMessageContaining("field of view of " + fov)
                .hasMessageContaining("between 1° and 179°")
                .hasMessageContaining("Give --intrinsics fx,fy,cx,cy in pixels of the upright image");
    }

    @Test
    void resolveWarnsAboutAnImplausibleButPossibleFieldOfView() throws Exception {
        // fx = 640 / (2 tan 1.5°) gives a 3° horizontal field of view: a long telephoto, possible but unusual
        ResolvedIntrinsics r = IntrinsicsResolver.resolve(new IntrinsicsSpec(12218, 12218, 319.5, 239.5),
                ExifInfo.none(), 640, 480, IMAGE);

        assertThat(r.intrinsics().fx()).isEqualTo(12218);
        assertThat(r.warnings()).hasSize(2);
        assertThat(r.warnings().get(1)).contains("fy = 12218").contains("vertical field of view of 2.3°");
        assertThat(r.warnings().get(0)).contains("--intrinsics").contains("fx = 12218")
                .contains("3.0°").contains("5° to 170°").contains("check");
    }

    @Test
    void resolveNamesTheIntrinsicsFileWhenTheValuesCameFromOne() {
        IntrinsicsSpec fromFile = new IntrinsicsSpec(1e-30, 1e-30, 319.5, 239.5, "/photos/IMG_1_intrinsics.txt");

        assertThatThrownBy(() -> IntrinsicsResolver.resolve(fromFile, ExifInfo.none(), 640, 480, IMAGE))
                .hasMessageStartingWith("/photos/IMG_1_intrinsics.txt: ")
                .hasMessageContaining("field of view");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            4294967295 |            | 714.3 | focal length 4294967295 mm
                       | 4294967295 |       | 35 mm-equivalent focal length 4294967295 mm
            0.001      |            | 714.3 | focal length 0.001 mm
            """)
    void resolveIgnoresAnImplausibleExifFocalLengthWithAWarning(Double mm, Double f35, Double pxPerMm, String what)
            throws Exception {
        ResolvedIntrinsics r = IntrinsicsResolver.resolve(null, exif(mm, f35, pxPerMm, 4032, 3024), 1008, 756, IMAGE);

        assertThat(r.intrinsics().source()).isEqualTo(IntrinsicsSource.DEFAULT_FOV);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains(IMAGE.toString()).contains("EXIF " + what)
                .contains("ignored").contains("Give --intrinsics"));
    }
}
