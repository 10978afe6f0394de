package org.spatiallift.engine.ask.series;

import java.util.List;
import java.util.SplittableRandom;

import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Arity;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.category.Draw;

/**
 * Measures a quantitative QA category ({@code centre_distance}, {@code surface_distance}, {@code height}, …) by that
 * category's own {@link Category#evaluate} on the scene's {@link QaScene#geometry()} (canonical frame, metres), so a
 * series holds the same number the generated QA and a direct question state for the same frame. A frame gets no value
 * where the category would not ask: without gravity for a gravity category, for an object whose size the picture does
 * not show ({@link Category#canAsk}), and where the value is inside the category's margin (two boxes that touch have
 * no surface distance to state). No interval: the category code gives none.
 */
public final class CategoryMeasure implements FrameMeasure {

    private final Category category;
    private final Margins margins;
    private final int objectCount;

    /** The category called {@code name}, judged with {@code margins}; throws for qualitative or multi-object ones. */
    public CategoryMeasure(String name, Margins margins) {
        this.category = Categories.byName(name);
        this.margins = margins;
        if (category.unit() == null) {
            throw new IllegalArgumentException("QA category \"" + name + "\" answers in words, not a number; a series "
                    + "measures one of " + measurable());
        }
        this.objectCount = count(category.arity());
        if (objectCount == 0) {
            throw new IllegalArgumentException("QA category \"" + name + "\" is about a varying set of objects; a series "
                    + "measures one of " + measurable());
        }
    }

    /** The names of the categories a series can measure: a number of one, two or three fixed objects. */
    public static List<String> measurable() {
        return Categories.all().stream().filter(c -> c.unit() != null && count(c.arity()) > 0)
                .map(Category::name).toList();
    }

    private static int count(Arity arity) {
        return switch (arity) {
            case ONE -> 1;
            case TWO -> 2;
            case THREE -> 3;
            case TARGET_AND_CANDIDATES, TARGET_AND_ALL -> 0;
        };
    }

    @Override
    public String quantity() {
        return category.name();
    }

    @Override
    public String unit() {
        return category.unit();
    }

    @Override
    public int objectCount() {
        return objectCount;
    }

    @Override
    public Measurement measure(QaScene scene, int[] objects) {
        if (objects.length != objectCount) {
            throw new IllegalArgumentException(category.name() + " is about " + objectCount + " object(s), got "
                    + objects.length);
        }
        List<QaObject> all = scene.objects();
        for (int k = 0; k < objects.length; k++) {
            if (objects[k] < 0 || objects[k] >= all.size()) {
                throw new IllegalArgumentException("object index " + objects[k] + " is not in scene " + scene.key()
                        + ", which has " + all.size() + " usable objects");
            }
            for (int l = 0; l < k; l++) {
                if (objects[l] == objects[k]) {
                    return Measurement.missing(unit(), category.name() + " needs distinct objects, and "
                            + all.get(objects[k]).description() + " is named twice");
                }
            }
        }
        if (category.needsGravity() && !scene.canonical()) {
            return Measurement.missing(unit(), "no floor or table was found in this frame to fix gravity, and "
                    + category.name() + " is measured against gravity");
        }
        for (int i : objects) {
            QaObject o = all.get(i);
            if (!category.canAsk(o)) {
                return Measurement.missing(unit(), o.description() + " is cut by the image border or partly hidden, "
                        + "so its box does not measure its full extent, which " + category.name() + " needs");
            }
        }
        Draw d = new Draw(scene.geometry(), margins, Units.METRIC, new SplittableRandom(0), null);
        d.with(objects);
        if (!category.evaluate(d)) {
            String rule = category.marginRule();
            return Measurement.missing(unit(), "no clear value: " + category.name()
                    + (rule.startsWith("skipped") ? " is " + rule : " gave none for these objects"));
        }
        return Measurement.of(d.value, unit());
    }
}
