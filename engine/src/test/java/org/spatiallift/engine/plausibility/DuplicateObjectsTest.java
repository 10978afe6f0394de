package org.spatiallift.engine.plausibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.scene.LeftOutObject;
import org.spatiallift.engine.scene.SceneObject;

/** Synthetic canonical clouds: each object is a grid of points filling an axis-aligned box. */
class DuplicateObjectsTest {

    private final List<Float> xyz = new ArrayList<>();

    /** An object whose points fill [min, max] on a 2 cm grid; its boxes are the points' bounds. */
    private SceneObject object(int id, String name, double score, Vec3 min, Vec3 max) {
        int first = xyz.size() / 3;
        double lx = Double.POSITIVE_INFINITY, ly = lx, lz = lx, hx = Double.NEGATIVE_INFINITY, hy = hx, hz = hx;
        for (double x = min.x(); x <= max.x() + 1e-9; x += 0.02) {
            for (double y = min.y(); y <= max.y() + 1e-9; y += 0.02) {
                for (double z = min.z(); z <= max.z() + 1e-9; z += 0.02) {
                    xyz.add((float) x);
                    xyz.add((float) y);
                    xyz.add((float) z);
                    lx = Math.min(lx, x);
                    ly = Math.min(ly, y);
                    lz = Math.min(lz, z);
                    hx = Math.max(hx, x);
                    hy = Math.max(hy, y);
                    hz = Math.max(hz, z);
                }
            }
        }
        int n = xyz.size() / 3 - first;
        int[] indices = new int[n];
        for (int k = 0; k < n; k++) {
            indices[k] = first + k;
        }
        Box3 box = new Box3(new Vec3(lx, ly, lz), new Vec3(hx, hy, hz));
        SceneObject o = new SceneObject(id, name, n, 0, box.center(), box, new OrientedBox(box.center(), box.extents(), 0),
                lz, lz < 0.05, indices);
        return Double.isNaN(score) ? o : o.withDetectorScore(score);
    }

    private PointCloud cloud() {
        float[] a = new float[xyz.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = xyz.get(i);
        }
        int n = a.length / 3;
        return new PointCloud(CoordinateFrame.CANONICAL, n, a, new int[n], new int[n]);
    }

    private static List<Integer> ids(CheckedObjects c) {
        return c.objects().stream().map(SceneObject::id).toList();
    }

    @Test
    void aSameClassObjectInsideABetterOneIsDroppedWithAWarning() {
        // one wardrobe seen as a "refrigerator" and, inside its box, a door of it as another
        SceneObject whole = object(1, "refrigerator", 0.52, new Vec3(0, 2, 0), new Vec3(1.0, 2.6, 1.9));
        SceneObject door = object(2, "refrigerator", 0.34, new Vec3(0.1, 2.0, 0.2), new Vec3(0.5, 2.1, 1.5));

        CheckedObjects c = DuplicateObjects.apply(List.of(whole, door), cloud());

        assertThat(ids(c)).containsExactly(1);
        assertThat(c.warnings()).singleElement().asString()
                .contains("object 2 (refrigerator, score 0.34) dropped as a duplicate of object 1 (refrigerator, score 0.52)")
                .contains("100 %").contains("same class needs 50 %");
        assertThat(c.dropped()).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo(2);
            assertThat(l.score()).isEqualTo(0.34);
            assertThat(l.reason()).isEqualTo(LeftOutObject.Reason.DUPLICATE_3D);
            assertThat(l.detail()).startsWith("the same object as #1 (refrigerator, score 0.52)");
        });
    }

    @Test
    void theBetterScoredOneIsKeptWhicheverIsLarger() {
        SceneObject whole = object(1, "refrigerator", 0.30, new Vec3(0, 2, 0), new Vec3(1.0, 2.6, 1.9));
        SceneObject door = object(2, "refrigerator", 0.60, new Vec3(0.1, 2.0, 0.2), new Vec3(0.5, 2.1, 1.5));

        assertThat(ids(DuplicateObjects.apply(List.of(whole, door), cloud()))).containsExactly(2);
    }

    @Test
    void sameClassObjectsSideBySideStay() {
        SceneObject left = object(1, "chair", 0.6, new Vec3(0, 2, 0), new Vec3(0.5, 2.5, 0.9));
        SceneObject right = object(2, "chair", 0.5, new Vec3(0.52, 2, 0), new Vec3(1.0, 2.5, 0.9));

        CheckedObjects c = DuplicateObjects.apply(List.of(left, right), cloud());

        assertThat(ids(c)).containsExactly(1, 2);
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void aCupOnATableStays() {
        SceneObject table = object(1, "dining table", 0.7, new Vec3(0, 2, 0.70), new Vec3(1.2, 2.8, 0.74));
        SceneObject cup = object(2, "cup", 0.4, new Vec3(0.5, 2.3, 0.76), new Vec3(0.58, 2.38, 0.86));

        assertThat(ids(DuplicateObjects.apply(List.of(table, cup), cloud()))).containsExactly(1, 2);
    }

    @Test
    void aSmallThingOfAnotherClassInsideABigOneStays() {
        // a teddy bear on a bed whose box (headboard) encloses it: only one way round is contained
        SceneObject bed = object(1, "bed", 0.7, new Vec3(0, 2, 0), new Vec3(1.4, 4.0, 1.0));
        SceneObject bear = object(2, "teddy bear", 0.5, new Vec3(0.6, 3.5, 0.5), new Vec3(0.8, 3.7, 0.8));

        assertThat(ids(DuplicateObjects.apply(List.of(bed, bear), cloud()))).containsExactly(1, 2);
    }

    @Test
    void oneThingUnderTwoLabelsIsOneObject() {
        // a bin seen as "toilet" and as "chair": each lies in the other's box
        SceneObject toilet = object(1, "toilet", 0.55, new Vec3(0, 2, 0), new Vec3(0.4, 2.4, 0.6));
        SceneObject chair = object(2, "chair", 0.40, new Vec3(0.02, 2.02, 0), new Vec3(0.42, 2.42, 0.58));

        CheckedObjects c = DuplicateObjects.apply(List.of(toilet, chair), cloud());

        assertThat(ids(c)).containsExactly(1);
        assertThat(c.warnings()).singleElement().asString().contains("each lies in the other's box");
    }

    @Test
    void objectsFromALabelMapAreNeverMerged() {
        SceneObject a = object(1, "refrigerator", Double.NaN, new Vec3(0, 2, 0), new Vec3(1.0, 2.6, 1.9));
        SceneObject b = object(2, "refrigerator", Double.NaN, new Vec3(0.1, 2.0, 0.2), new Vec3(0.5, 2.1, 1.5));

        assertThat(ids(DuplicateObjects.apply(List.of(a, b), cloud()))).containsExactly(1, 2);
    }

    @Test
    void shareCountsPointsInsideARotatedBox() {
        SceneObject o = object(1, "cup", 0.5, new Vec3(-0.05, -0.05, 0), new Vec3(0.05, 0.05, 0.1));
        PointCloud cloud = cloud();
        // a thin box along the diagonal, rotated 45°: holds the points near the x = y line only
        OrientedBox diagonal = new OrientedBox(new Vec3(0, 0, 0.05), new Vec3(0.3, 0.01, 0.2), 45);
        OrientedBox across = new OrientedBox(new Vec3(0, 0, 0.05), new Vec3(0.3, 0.3, 0.2), 45);

        double thin = DuplicateObjects.share(o, diagonal, cloud);

        assertThat(thin).isGreaterThan(0).isLessThan(0.6);
        assertThat(DuplicateObjects.share(o, across, cloud)).isEqualTo(1.0);
    }
}
