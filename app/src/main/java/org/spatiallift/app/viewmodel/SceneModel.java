package org.spatiallift.app.viewmodel;

import java.util.Arrays;
import java.util.List;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.qa.ModelRef;
import org.spatiallift.engine.scene.SceneObject;

/**
 * The view models' own record of the scene on show: the engine's result with look-ups for hover, pick and selection.
 * Built on the worker thread; immutable afterwards.
 */
final class SceneModel {

    private final String title;
    private final LiftResult result;
    private final List<String> inputWarnings;
    private final String depthSource;
    private final ModelRef depthModel;
    private final int[] pointOfPixel;
    private final int[] objectOfPoint;
    private final int[] drawnToCloud;

    /**
     * @param depthSource  how the depth was read: "tum, 5000 units/m (file name prefix TUM_)", "from the depth model"
     * @param drawnToCloud cloud index of each drawn point (null when every point is drawn)
     */
    SceneModel(String title, LiftResult result, List<String> inputWarnings, String depthSource, int[] drawnToCloud) {
        this(title, result, inputWarnings, depthSource, null, drawnToCloud);
    }

    /** @param depthModel the depth model that estimated the depth (its QA's provenance says so), or null for a file */
    SceneModel(String title, LiftResult result, List<String> inputWarnings, String depthSource, ModelRef depthModel,
               int[] drawnToCloud) {
        this.depthModel = depthModel;
        this.title = title;
        this.result = result;
        this.inputWarnings = List.copyOf(inputWarnings);
        this.depthSource = depthSource;
        this.drawnToCloud = drawnToCloud;
        PointCloud cloud = result.cloudCamera();
        int pixels = result.input().depth().width() * result.input().depth().height();
        pointOfPixel = new int[pixels];
        Arrays.fill(pointOfPixel, -1);
        for (int i = 0; i < cloud.size(); i++) {
            pointOfPixel[cloud.pixel()[i]] = i;
        }
        objectOfPoint = new int[cloud.size()];
        for (SceneObject o : result.objects()) {
            for (int i : o.cloudIndices()) {
                objectOfPoint[i] = o.id();
            }
        }
    }

    String title() {
        return title;
    }

    LiftResult result() {
        return result;
    }

    List<String> inputWarnings() {
        return inputWarnings;
    }

    /** The depth model that estimated the depth, or null when it was read from a file. */
    ModelRef depthModel() {
        return depthModel;
    }

    /** How the depth was read, for the status bar and the pipeline panel. */
    String depthSource() {
        return depthSource;
    }

    int width() {
        return result.input().depth().width();
    }

    int height() {
        return result.input().depth().height();
    }

    /** The cloud index of the point lifted from pixel (u, v), or −1 when that pixel has no point. */
    int pointAt(int u, int v) {
        if (u < 0 || v < 0 || u >= width() || v >= height()) {
            return -1;
        }
        return pointOfPixel[v * width() + u];
    }

    /** The cloud index of the point lifted from pixel index v·width + u, or −1. */
    int pointOfPixel(int pixel) {
        return pixel < 0 || pixel >= pointOfPixel.length ? -1 : pointOfPixel[pixel];
    }

    /** Id of the object that kept cloud point {@code i}, 0 for none. */
    int objectOf(int i) {
        return objectOfPoint[i];
    }

    int[] objectOfPoint() {
        return objectOfPoint;
    }

    /** Cloud index of drawn point {@code k}. */
    int cloudIndexOfDrawn(int k) {
        return drawnToCloud == null ? k : drawnToCloud[k];
    }

    int[] drawnToCloud() {
        return drawnToCloud;
    }

    SceneObject object(int id) {
        return result.objects().stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }

    double[] canonical(int i) {
        PointCloud c = result.cloudCanonical();
        return new double[] {c.x(i), c.y(i), c.z(i)};
    }

    double[] camera(int i) {
        PointCloud c = result.cloudCamera();
        return new double[] {c.x(i), c.y(i), c.z(i)};
    }
}
