package org.spatiallift.app.viewmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.scene.LeftOutObject;
import org.spatiallift.engine.scene.SceneObject;

/** The rows of the "Left out" list of a lifted scene: what the engine left out, then the objects kept out of QA. */
final class LeftOutRows {

    static final String IMPLAUSIBLE = "left out of QA: implausible for its class";

    private LeftOutRows() {
    }

    /**
     * The detections, boxes and instances the lift left out (by id, those without one last, best score first), then
     * the objects that stay in the scene but are left out of QA because their measured box contradicts their label.
     */
    static List<LeftOutRow> of(LiftResult r) {
        List<LeftOutRow> rows = new ArrayList<>();
        r.perception().leftOut().stream()
                .sorted(Comparator.comparingInt((LeftOutObject l) -> l.id() == 0 ? Integer.MAX_VALUE : l.id())
                        .thenComparing(Comparator.comparingDouble(LeftOutObject::score).reversed()))
                .forEach(l -> rows.add(new LeftOutRow(l.id(), l.name(), l.score(), l.reason().words(), l.detail())));
        for (SceneObject o : r.objects()) {
            if (o.rejected()) {
                rows.add(new LeftOutRow(o.id(), o.name(), o.detectorScore(), IMPLAUSIBLE, o.rejection()));
            }
        }
        return rows;
    }
}
