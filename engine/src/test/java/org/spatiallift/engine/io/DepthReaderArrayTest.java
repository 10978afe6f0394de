package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.image.DepthImage;

/** Float and array depth formats written by the test itself: npy and pfm. */
class DepthReaderArrayTest {

    /** 3 wide, 2 high: distinct values so any transposition or row flip shows. */
    private static final double[] METRES = {0.0, 1.25, 2.5, 3.75, 0.001, 9.5};
    private static final double[] MILLIMETRES = {0, 1250, 2500, 3750, 1, 9500};

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @ParameterizedTest(name = "{0} fortran={1}")
    @CsvSource(textBlock = """
            <f4, false
            >f4, false
            <f8, false
            >f8, false
            <f4, true
            >f8, true
            """)
    void readRoundTripsFloatNpy(String descr, boolean fortran) throws Exception {
        Path npy = write("d.npy", ArrayFiles.npy(descr, fortran, 2, 3, METRES));

        DepthImage depth = DepthReader.read(npy, DepthFormat.NPY, null, ImageLimits.defaults());

        assertThat(depth.width()).isEqualTo(3);
        assertThat(depth.height()).isEqualTo(2);
        float[] expected = new float[METRES.length];
        for (int i = 0; i < METRES.length; i++) {
            expected[i] = (float) METRES[i];
        }
        assertThat(depth.metres()).containsExactly(expected);
        assertThat(depth.at(2, 0)).isEqualTo(2.5f);
        assertThat(depth.at(0, 1)).isEqualTo(3.75f);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            <u2, false, ,     1000
            >u2, false, ,     1000
            <u2, true,  5000, 5000
            """)
    void readDividesUint16NpyByScale(String descr, boolean fortran, Double scale, double expectedScale) throws Exception {
        Path npy = write("mm.npy", ArrayFiles.npy(descr, fortran, 2, 3, MILLIMETRES));

        DepthImage depth = DepthReader.read(npy, DepthFormat.NPY, scale, ImageLimits.defaults());

        for (int i = 0; i < MILLIMETRES.length; i++) {
            assertThat(depth.metres()[i]).isEqualTo((float) MILLIMETRES[i] / (float) expectedScale);
        }
    }

    @Test
    void readAppliesScaleToFloatNpy() throws Exception {
        Path npy = write("d.npy", ArrayFiles.npy("<f4", false, 2, 3, MILLIMETRES));

        DepthImage depth = DepthReader.read(npy, DepthFormat.NPY, 1000.0, ImageLimits.defaults());

        assertThat(depth.at(1, 0)).isEqualTo(1.25f);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            LITTLE_ENDIAN
            BIG_ENDIAN
            """)
    void readRoundTripsPfmStoredBottomToTop(String order) throws Exception {
        ByteOrder byteOrder = "BIG_ENDIAN".equals(order) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        float[] m = new float[METRES.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = (float) METRES[i];
        }
        Path pfm = write("d.pfm", ArrayFiles.pfm(3, 2, byteOrder, m));

        DepthImage depth = DepthReader.read(pfm, DepthFormat.PFM, null, ImageLimits.defaults());

        assertThat(depth.metres()).containsExactly(m);
        assertThat(depth.at(0, 1)).isEqualTo(3.75f);
    }

    @Test
    void readRefusesNanAndInfinityCountingThemAndNamingTheFirst() throws Exception {
        double[] bad = {1, Double.NaN, 2, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3};
        Path npy = write("nan.npy", ArrayFiles.npy("<f8", false, 2, 3, bad));
        Path pfm = write("nan.pfm", ArrayFiles.pfm(3, 2, ByteOrder.LITTLE_ENDIAN,
                new float[] {1, 2, 3, 4, Float.NaN, 6}));

        assertThatThrownBy(() -> DepthReader.read(npy, DepthFormat.NPY, null, ImageLimits.defaults()))
                .hasMessageContaining(npy.toString())
                .hasMessageContaining("3 depth values are NaN or infinite (first at pixel (1, 0) = NaN)")
                .hasMessageContaining("Store missing depth as 0");
        assertThatThrownBy(() -> DepthReader.read(pfm, DepthFormat.PFM, null, ImageLimits.defaults()))
                .hasMessageContaining(pfm.toString())
                .hasMessageContaining("1 depth values are NaN or infinite (first at pixel (1, 1) = NaN)")
                .hasMessageContaining("Store missing depth as 0");
    }

    @Test
    void readRefusesNegativeDepth() throws Exception {
        Path pfm = write("neg.pfm", ArrayFiles.pfm(3, 2, ByteOrder.BIG_ENDIAN, new float[] {1, 2, -0.5f, 4, -1, 6}));

        assertThatThrownBy(() -> DepthReader.read(pfm, DepthFormat.PFM, null, ImageLimits.defaults()))
                .hasMessageContaining(pfm.toString())
                .hasMessageContaining("2 depth values are negative (first at pixel (2, 0) = -0.500000 m)")
                .hasMessageContaining("with 0 for missing");
    }

    @Test
    void readRefusesAllZeroFloatDepth() throws Exception {
        Path npy = write("zeros.npy", ArrayFiles.npy("<f4", false, 2, 3, new double[6]));

        assertThatThrownBy(() -> DepthReader.read(npy, DepthFormat.NPY, null, ImageLimits.defaults()))
                .hasMessageContaining(npy.toString()).hasMessageContaining("has no valid depth")
                .hasMessageContaining("--depth-format (npy)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3, 1), } | [2, 3, 1], but depth must be a 2-D | depth.squeeze()
            {'descr': '<f4', 'fortran_order': False, 'shape': (6,), }      | [6], but depth must be a 2-D       | depth.squeeze()
            {'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }    | dtype '<i4'                        | astype(np.float32)
            {'descr': '<f4', 'shape': (2, 3), }                            | no valid 'fortran_order'           | numpy.save
            """)
    void readRefusesNpyItCannotUse(String dict, String problem, String remedy) throws Exception {
        String descr = dict.contains("<i4") ? "<i4" : "<f4";
        Path npy = write("bad.npy", ArrayFiles.npyWithHeader(dict, descr, false, 2, 3, METRES));

        assertThatThrownBy(() -> DepthReader.read(npy, DepthFormat.NPY, null, ImageLimits.defaults()))
                .hasMessageContaining(npy.toString()).hasMessageContaining(problem).hasMessageContaining(remedy);
    }

    /** Found by DepthFuzzTest#npy: a version-1 header shorter than the 12 bytes read ahead threw "len < 0". */
    @Test
    void readRefusesNpyWhoseHeaderIsShorterThanTheBytesReadAhead() throws Exception {
        byte[] bytes = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 1, 0, '{', '}', 0, 0};
        Path npy = write("short-header.npy", bytes);

        assertThatThrownBy(() -> DepthReader.read(npy, DepthFormat.NPY, null, ImageLimits.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(npy.toString())
                .hasMessageContaining("is not a valid .npy file: its header has no valid 'descr' entry")
                .hasMessageContaining("numpy.save");
    }

    @Test
    void readRefusesTruncatedNpyAndPfm() throws Exception {
        byte[] npy = ArrayFiles.npy("<f8", false, 2, 3, METRES);
        byte[] pfm = ArrayFiles.pfm(3, 2, ByteOrder.LITTLE_ENDIAN, new float[6]);
        Path cutNpy = write("cut.npy", Arrays.copyOf(npy, npy.length - 8));
        Path cutPfm = write("cut.pfm", Arrays.copyOf(pfm, pfm.length - 1));
        Path headerOnly = write("head.npy", Arrays.copyOf(npy, 20));

        assertThatThrownBy(() -> DepthReader.read(cutNpy, DepthFormat.NPY, null, ImageLimits.defaults()))
                .hasMessageContaining(cutNpy.toString())
                .hasMessageContaining("the header promises 3x2 float64 samples (48 bytes) but only 40 bytes follow it")
                .hasMessageContaining("Re-export");
        assertThatThrownBy(() -> DepthReader.read(cutPfm, DepthFormat.PFM, null, ImageLimits.defaults()))
                .hasMessageContaining(cutPfm.toString())
                .hasMessageContaining("3x2 float32 samples (24 bytes) but only 23 bytes")
                .hasMessageContaining("Re-export");
        assertThatThrownBy(() -> DepthReader.read(headerOnly, DepthFormat.NPY, null, ImageLimits.defaults()))
                .hasMessageContaining(headerOnly.toString())
                .hasMessageContaining("the file ends inside the .npy header").hasMessageContaining("numpy.save");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'PF\\n2 1\\n-1.0\\n', colour PFM (PF, 3 channels), greyscale PFM (Pf)
            'Pf\\n2 1\\n0\\n',    invalid PFM scale '0',       -1.0 means little-endian
            'Pf\\n2 1\\nabc\\n',  invalid PFM scale 'abc',     -1.0 means little-endian
            """)
    void readRefusesPfmItCannotUse(String header, String problem, String remedy) throws Exception {
        Path pfm = write("bad.pfm", ArrayFiles.concat(header.replace("\\n", "\n").getBytes(StandardCharsets.US_ASCII),
                new byte[24]));

        assertThatThrownBy(() -> DepthReader.read(pfm, DepthFormat.PFM, null, ImageLimits.defaults()))
                .hasMessageContaining(pfm.toString()).hasMessageContaining(problem).hasMessageContaining(remedy);
    }

    @Test
    void readRefusesFileOfAnotherKindForArrayFormats() throws Exception {
        Path png = write("depth.npy", PngBytes.grey16(1, 1, 1000));

        assertThatThrownBy(() -> DepthReader.read(png, DepthFormat.NPY, null, ImageLimits.defaults()))
                .hasMessageContaining(png.toString())
                .hasMessageContaining("is a PNG image, but --depth-format npy expects a NumPy .npy file")
                .hasMessageContaining("png16|tum");
        assertThatThrownBy(() -> DepthReader.read(png, DepthFormat.PFM, null, ImageLimits.defaults()))
                .hasMessageContaining(png.toString())
                .hasMessageContaining("the depth format pfm expects a PFM file")
                .hasMessageContaining("--depth-format that matches the file")
                .hasMessageContaining("Pass the --depth-format that matches");
    }
}
