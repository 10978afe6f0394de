package org.spatiallift.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class PointMeshesTest {

    @Test
    void verticesCentreEachTriangleOnItsPoint() {
        float[] xyz = {1, 2, 3, -4, 5, 0.5f, 0, 0, 0, 7, 7, 7};

        float[] v = PointMeshes.vertices(xyz, null, 4, 0.01f);

        for (int k = 0; k < 4; k++) {
            for (int a = 0; a < 3; a++) {
                double centroid = (v[9 * k + a] + v[9 * k + 3 + a] + v[9 * k + 6 + a]) / 3.0;
                assertThat(centroid).as("point %d axis %d", k, a).isCloseTo(xyz[3 * k + a], within(1e-5));
            }
        }
    }

    @Test
    void verticesGiveEdgesOfSizeTimesRootTwo() {
        float[] v = PointMeshes.vertices(new float[] {0, 0, 0}, null, 1, 0.02f);

        double edge = Math.sqrt(Math.pow(v[0] - v[3], 2) + Math.pow(v[1] - v[4], 2) + Math.pow(v[2] - v[5], 2));

        assertThat(edge).isCloseTo(0.02 * Math.sqrt(2), within(1e-6));
    }

    @Test
    void facesPointEachTriangleAtItsPaletteColour() {
        int[] rgb = {0xFF0000, 0x00FF00, 0x123456};

        int[] f = PointMeshes.faces(rgb, new int[] {2, 0}, 2);

        assertThat(f).containsExactly(0, Palette.index(0x123456), 1, Palette.index(0x123456), 2, Palette.index(0x123456),
                3, Palette.index(0xFF0000), 4, Palette.index(0xFF0000), 5, Palette.index(0xFF0000));
    }

    @Test
    void facesNumberVerticesWithinTheirChunk() {
        int n = PointMeshes.CHUNK_POINTS + 2;

        int[] f = PointMeshes.faces(new int[n], null, n);

        assertThat(PointMeshes.chunks(n)).isEqualTo(2);
        assertThat(f[6 * (PointMeshes.CHUNK_POINTS - 1) + 4]).isEqualTo(3 * PointMeshes.CHUNK_POINTS - 1);
        assertThat(f[6 * PointMeshes.CHUNK_POINTS]).isZero();
        assertThat(f[6 * (PointMeshes.CHUNK_POINTS + 1) + 2]).isEqualTo(4);
        assertThat(3 * PointMeshes.CHUNK_POINTS).as("vertices per chunk fit 16-bit indices").isLessThanOrEqualTo(0xFFFF);
    }

    @Test
    void paletteColourIsWithinFourLevelsOfOriginal() {
        for (int rgb : new int[] {0x000000, 0xFFFFFF, 0xFFE01A, 0x30123B, 0x808080}) {
            int back = Palette.colour(Palette.index(rgb));
            for (int shift : new int[] {0, 8, 16}) {
                assertThat(Math.abs((back >> shift & 0xFF) - (rgb >> shift & 0xFF))).isLessThanOrEqualTo(4);
            }
        }
    }

    @Test
    void heatMapRunsFromBlueToRedAndClamps() {
        assertThat(ColourMaps.heat(-1)).isEqualTo(ColourMaps.heat(0)).isEqualTo(0x30123B);
        assertThat(ColourMaps.heat(2)).isEqualTo(0x7A0403);
        assertThat(ColourMaps.heatTable()).hasSize(256);
    }

    @Test
    void instanceColoursOfNeighbouringIdsDiffer() {
        for (int id = 1; id < 30; id++) {
            assertThat(ColourMaps.instance(id)).isNotEqualTo(ColourMaps.instance(id + 1));
        }
    }

    @Test
    void concatPutsTheArraysOneAfterTheOther() {
        float[] out = PointMeshes.concat(List.of(new float[] {1, 2, 3}, new float[0], new float[] {4, 5, 6}));

        assertThat(out).containsExactly(1, 2, 3, 4, 5, 6);
    }
}
