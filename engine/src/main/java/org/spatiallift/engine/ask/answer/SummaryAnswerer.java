package org.spatiallift.engine.ask.answer;

import static org.spatiallift.engine.qa.geometry.SceneGeometry.X;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Y;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Z;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.ask.Answer;
import org.spatiallift.engine.ask.AnswerObject;
import org.spatiallift.engine.qa.ExcludedObject;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.geometry.SceneGeometry;
import org.spatiallift.engine.qa.text.QuantityFormat;

/**
 * "What is in this scene?": every usable object with its box centre (x, y, z) and size (width × depth × height) in
 * the gravity-aligned frame, in metres (and feet when asked), nearest the camera first; objects seen only in part are
 * marked (their size is of the visible part); objects left out of questions are named with the reason.
 */
public final class SummaryAnswerer {

    private final QaScene scene;

    public SummaryAnswerer(QaScene scene) {
        this.scene = scene;
    }

    public Answered answer(Units units) {
        SceneGeometry g = scene.geometry();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scene.objects().size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(g.cameraDistance(a), g.cameraDistance(b)));
        StringBuilder sb = new StringBuilder();
        sb.append("I see ").append(order.size()).append(order.size() == 1 ? " object" : " objects")
                .append(", nearest first. Positions are box centres (x, y, z) in the ")
                .append(scene.canonical() ? "gravity-aligned frame" : "camera-levelled frame (no floor found: gravity "
                        + "assumed)")
                .append(" (x to the right, y forward along the floor, z up; origin on the floor below the camera); "
                        + "sizes are width × depth × height:");
        List<AnswerObject> objects = new ArrayList<>();
        for (int i : order) {
            QaObject o = scene.objects().get(i);
            objects.add(new AnswerObject(o.id(), o.description()));
            sb.append("\n- ").append(o.description()).append(": at ")
                    .append(triple(g.centre(i, X), g.centre(i, Y), g.centre(i, Z), units)).append(", ")
                    .append(triple(g.extent(i, X), g.extent(i, Y), g.extent(i, Z), units).replace(", ", " × "))
                    .append(", ").append(QuantityFormat.length(g.cameraDistance(i), units)).append(" from the camera");
            if (!o.complete()) {
                sb.append(" (cut by the image border or partly hidden: the size is of the part in view)");
            }
        }
        for (ExcludedObject e : scene.excluded()) {
            sb.append("\n- left out of questions: ").append(e.name()).append(" (object ").append(e.id()).append("): ")
                    .append(e.reason());
        }
        String how = HowMeasured.of("summary", "");
        return new Answered(new Answer("summary", objects, sb.toString(), null, (double) order.size(), "count", null,
                List.of(), null, how, null), List.of());
    }

    private static String triple(double a, double b, double c, Units units) {
        String m = String.format(Locale.ROOT, "%.2f, %.2f, %.2f m", a, b, c);
        double f = QuantityFormat.METRES_PER_FOOT;
        String ft = String.format(Locale.ROOT, "%.1f, %.1f, %.1f ft", a / f, b / f, c / f);
        return switch (units) {
            case METRIC -> m;
            case IMPERIAL -> ft;
            case BOTH -> m + " (" + ft + ")";
        };
    }
}
