package org.spatiallift.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.Stage;

/**
 * The pipeline panel: every stage of the lift with its state, time, parameters and warnings; the editable parameters
 * (voxel size, RANSAC threshold, depth range); progress of the running lift. The main view model drives it.
 */
public final class PipelineViewModel {

    // Properties
    private final ObservableList<StageRow> rows = FXCollections.observableArrayList();
    private final ObservableList<StageRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty voxelM = new SimpleStringProperty();
    private final StringProperty ransacThresholdM = new SimpleStringProperty();
    private final StringProperty minDepthM = new SimpleStringProperty();
    private final StringProperty maxDepthM = new SimpleStringProperty();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper voxelCount = new ReadOnlyStringWrapper("");

    private LiftParameters parameters = LiftParameters.defaults();
    private List<StageRow> beforeRun = List.of();
    private List<Stage> running = List.of();
    private boolean decoding;

    PipelineViewModel() {
        showParameters(parameters);
    }

    /** Stages in order (decoding first); read-only. */
    public ObservableList<StageRow> stages() {
        return readOnlyRows;
    }

    /** Voxel edge in metres, as typed (writable; applied by MainViewModel.applyParameters). */
    public StringProperty voxelMProperty() {
        return voxelM;
    }

    /** RANSAC inlier distance in metres, as typed. */
    public StringProperty ransacThresholdMProperty() {
        return ransacThresholdM;
    }

    /** Depth range lower bound in metres (exclusive), as typed. */
    public StringProperty minDepthMProperty() {
        return minDepthM;
    }

    /** Depth range upper bound in metres (inclusive), as typed. */
    public StringProperty maxDepthMProperty() {
        return maxDepthM;
    }

    /** Share of the running lift's stages done, in [0, 1]; 1 when idle. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the last run did: "ran 5 stages from voxel down-sampling; reused back-projection (18.2 ms)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /**
     * How many voxels the down-sampling left for the later stages (planes and the floor are fitted to them) of the scene
     * on show: "12,345 voxels of 0.020 m from 248,250 points"; "" before a scene.
     */
    public ReadOnlyStringProperty voxelCountProperty() {
        return voxelCount.getReadOnlyProperty();
    }

    /** The parameters of the scene on show (or of the next lift). */
    LiftParameters parameters() {
        return parameters;
    }

    /** The typed values over the current parameters; names the field at fault. */
    LiftParameters typedParameters() throws InputException {
        double voxel = number(voxelM.get(), "voxel size", "a positive size in metres, e.g. 0.02 for 2 cm");
        double ransac = number(ransacThresholdM.get(), "RANSAC threshold", "a positive distance in metres, e.g. 0.02");
        double min = number(minDepthM.get(), "minimum depth", "a distance in metres ≥ 0, e.g. 0");
        double max = number(maxDepthM.get(), "maximum depth", "a distance in metres above the minimum, e.g. 10");
        LiftParameters p = parameters;
        try {
            return new LiftParameters(min, max, voxel, p.removeOutliers(), p.outlierNeighbours(), p.outlierStdRatio(),
                    ransac, p.ransacMaxIterations(), p.maxPlanes(), p.horizontalToleranceDeg(), p.seed(),
                    p.clusterEpsM(), p.floorContactM());
        } catch (IllegalArgumentException e) {
            throw InputException.forValue("lift parameters", e.getMessage(), "Correct the value in the pipeline panel");
        }
    }

    void showParameters(LiftParameters p) {
        parameters = p;
        voxelM.set(Formats.format("%.3f", p.voxelM()));
        ransacThresholdM.set(Formats.format("%.3f", p.ransacThresholdM()));
        minDepthM.set(Formats.format("%.2f", p.minDepthM()));
        maxDepthM.set(Formats.format("%.2f", p.maxDepthM()));
    }

    /**
     * A lift starts at {@code first} (BACK_PROJECT for a new scene, which is decoded first); earlier stages are
     * reused.
     */
    void begin(Stage first, LiftParameters p, String objectsFrom) {
        beforeRun = List.copyOf(rows);
        running = StageTexts.stagesRun(p, objectsFrom).stream().filter(s -> s.compareTo(first) >= 0).toList();
        decoding = first == Stage.BACK_PROJECT;
        Map<Stage, String> skipped = StageTexts.skipReasons(p, objectsFrom);
        List<StageRow> next = new ArrayList<>();
        if (decoding) {
            next.add(new StageRow(StageTexts.INPUT_KEY, "Decoding", StageRow.State.RUNNING, "", "", List.of()));
        } else {
            rows.stream().filter(r -> r.key().equals(StageTexts.INPUT_KEY)).findFirst().ifPresent(next::add);
        }
        for (Stage s : Stage.values()) {
            String params = StageTexts.parameters(s, p);
            StageRow.State state;
            String time;
            if (skipped.containsKey(s)) {
                state = StageRow.State.SKIPPED;
                time = "not run: " + skipped.get(s);
            } else if (s.compareTo(first) < 0) {
                state = StageRow.State.REUSED;
                time = "reused";
            } else {
                state = s == running.get(0) && !decoding ? StageRow.State.RUNNING : StageRow.State.WAITING;
                time = "";
            }
            boolean kept = s.compareTo(first) < 0;
            next.add(new StageRow(s.key(), StageTexts.label(s), state, time, params,
                    kept ? rowOf(s.key()).map(StageRow::warnings).orElse(List.of()) : List.of(),
                    kept ? rowOf(s.key()).map(StageRow::notes).orElse(List.of()) : List.of()));
        }
        rows.setAll(next);
        progress.set(0);
    }

    /** The worker reports {@code stage} done. */
    void stageDone(Stage stage) {
        stageProgress(stage, 1);
    }

    /**
     * The worker reports {@code fraction} of {@code stage} done (1: finished). Decoding counts as the first step of a
     * new scene and ends with the first report; each stage is one step, so the bar moves with the rows, never back.
     */
    void stageProgress(Stage stage, double fraction) {
        int at = running.indexOf(stage);
        if (at < 0) {
            return;
        }
        boolean finished = fraction >= 1;
        for (int i = 0; i < rows.size(); i++) {
            StageRow r = rows.get(i);
            StageRow.State want = stateAfter(r, at, finished);
            if (want != null && want != r.state()) {
                rows.set(i, r.with(want, ""));
            }
        }
        double steps = running.size() + (decoding ? 1 : 0);
        double position = (decoding ? 1 : 0) + at + Math.max(0, Math.min(1, fraction));
        progress.set(Math.max(progress.get(), Math.min(1, position / steps)));
    }

    /** The state row {@code r} takes when running stage {@code at} reports progress, or null to leave it. */
    private StageRow.State stateAfter(StageRow r, int at, boolean finished) {
        if (r.key().equals(StageTexts.INPUT_KEY)) {
            return r.state() == StageRow.State.RUNNING ? StageRow.State.DONE : null;
        }
        for (int k = 0; k < running.size(); k++) {
            if (r.key().equals(running.get(k).key())) {
                if (k < at || k == at && finished) {
                    return StageRow.State.DONE;
                }
                return k == at || k == at + 1 && finished ? StageRow.State.RUNNING : null;
            }
        }
        return null;
    }

    /** The lift that began at {@code first} ended with {@code scene}: times, states and warnings per stage. */
    void finish(SceneModel scene, Stage first) {
        LiftResult r = scene.result();
        parameters = r.parameters();
        showParameters(parameters);
        Map<Stage, String> skipped = StageTexts.skipReasons(parameters, r.perception().source());
        Map<String, List<String>> warnings = StageTexts.byStage(r, scene.inputWarnings());
        Map<String, List<String>> notes = StageTexts.notesByStage(r);
        List<StageRow> next = new ArrayList<>();
        next.add(new StageRow(StageTexts.INPUT_KEY, "Decoding", StageRow.State.DONE,
                first == Stage.BACK_PROJECT ? "" : "reused", inputText(scene),
                warnings.getOrDefault(StageTexts.INPUT_KEY, List.of())));
        List<String> reused = new ArrayList<>();
        for (Stage s : Stage.values()) {
            Double ms = r.timings().millis().get(s);
            StageRow.State state;
            String time;
            if (skipped.containsKey(s)) {
                state = StageRow.State.SKIPPED;
                time = "not run: " + skipped.get(s);
            } else if (ms == null) {
                state = StageRow.State.REUSED;
                time = "reused";
                reused.add(StageTexts.label(s).toLowerCase(Locale.ROOT));
            } else {
                state = StageRow.State.DONE;
                time = Formats.millis(ms);
            }
            next.add(new StageRow(s.key(), StageTexts.label(s), state, time, StageTexts.parameters(s, parameters),
                    warnings.getOrDefault(s.key(), List.of()), notes.getOrDefault(s.key(), List.of())));
        }
        rows.setAll(next);
        progress.set(1);
        voxelCount.set(Formats.format("%,d voxels of %.3f m%s from %,d points", r.voxelCamera().size(),
                parameters.voxelM(), parameters.removeOutliers() ? " (outliers removed)" : "", r.cloudCamera().size()));
        summary.set(Formats.format("ran %d stage%s in %s%s", r.timings().millis().size(),
                r.timings().millis().size() == 1 ? "" : "s", Formats.millis(r.timings().totalMillis()),
                reused.isEmpty() ? "" : "; reused " + String.join(", ", reused)));
    }

    /** The lift was cancelled or failed: show the stages as they were. */
    void abort() {
        rows.setAll(beforeRun);
        progress.set(1);
        showParameters(parameters);
    }

    private Optional<StageRow> rowOf(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** "depth tum, 5000 units/m (file name prefix TUM_); 640 × 480 px; intrinsics given: fx 525.0 px, fy 525.0 px". */
    private static String inputText(SceneModel scene) {
        var k = scene.result().input().intrinsics();
        return Formats.format("depth %s; %d × %d px; intrinsics %s", scene.depthSource(), k.width(),
                k.height(), LiftedWith.intrinsics(k));
    }

    private static double number(String text, String what, String expected) throws InputException {
        String t = text == null ? "" : text.trim().replace(',', '.');
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InputException.forValue(what, "'" + (text == null ? "" : text.trim()) + "' is not a number",
                "Give " + expected);
    }
}
