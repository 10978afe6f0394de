package org.spatiallift.engine.qa;

import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.qa.category.Arity;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.template.Section;
import org.spatiallift.engine.qa.template.SectionRule;
import org.spatiallift.engine.qa.template.Slot;
import org.spatiallift.engine.qa.text.Aspect;

/**
 * Synthesises QA for scenes, following SpatialVLM's template method: draw a side (quantitative with probability
 * {@link QaSettings#quantitativeShare()}), a category of that side by weight, objects for it, evaluate its
 * geometry (skipping near-ties), then fill a random question and answer template. Categories that need gravity are
 * drawn only for canonical scenes. Each object is named by the first of its expressions that does not state what
 * the question asks ({@link Aspect}); when an object has none, the question is skipped. The same scene, settings and seed always give the same QA, whatever the thread
 * or the order of scenes: each scene's random stream is seeded from the seed and the scene's key.
 * Immutable and thread-safe; each call works on its own scratch.
 */
public final class QaGenerator {

    private final QaCatalog catalog;
    private final QaSettings settings;
    private final double[] weights;
    private final boolean[][] slotAllowed;
    private final int[] asked;

    /** Throws when a weight names an unknown category. */
    public QaGenerator(QaCatalog catalog, QaSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
        List<Category> categories = catalog.categories();
        for (String name : settings.categoryWeights().keySet()) {
            if (catalog.indexOf(name) < 0) {
                throw new IllegalArgumentException("unknown category \"" + name + "\" in the category weights; known: "
                        + categories.stream().map(Category::name).toList());
            }
        }
        weights = new double[categories.size()];
        slotAllowed = new boolean[categories.size()][Slot.values().length];
        asked = new int[categories.size()];
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            weights[i] = settings.weight(c.name());
            asked[i] = Aspect.askedBy(c.name());
            for (SectionRule r : c.rules().sections().values()) {
                for (Slot s : r.allowed()) {
                    slotAllowed[i][s.ordinal()] = true;
                }
            }
        }
    }

    /** The shipped catalog with {@code settings}. */
    public static QaGenerator standard(QaSettings settings) {
        return new QaGenerator(QaCatalog.standard(), settings);
    }

    public QaSettings settings() {
        return settings;
    }

    public QaCatalog catalog() {
        return catalog;
    }

    /** QA for {@code scene} with the settings' seed. */
    public QaBatch generate(QaScene scene) {
        return generate(scene, settings.seed());
    }

    /** QA for {@code scene} with another seed (regenerate). */
    public QaBatch generate(QaScene scene, long seed) {
        if (scene.objects().size() < 2) {
            return new QaBatch(scene.key(), List.of(), 0, "fewer than two usable objects (" + scene.objects().size()
                    + " usable, " + scene.excluded().size() + " left out" + excludedReasons(scene) + ")",
                    scene.excluded());
        }
        Provenance provenance = new Provenance(SpatialLiftVersion.get(), scene.key(), scene.source(), seed, settings);
        return new GenerationRun(this, scene, seed, provenance).run();
    }

    /** Weight of the category at {@code index} in this generator, 0 when disabled. */
    double weight(int index) {
        return weights[index];
    }

    /** The aspects ({@link Aspect} bits) the category at {@code index} asks, which its descriptions must not state. */
    int asked(int index) {
        return asked[index];
    }

    /** True when some section of the category at {@code index} may use {@code slot}. */
    boolean allows(int index, Slot slot) {
        return slotAllowed[index][slot.ordinal()];
    }

    /**
     * Names of the categories a scene with {@code objects} usable objects, this gravity and a complete object list or
     * not can be asked (counting needs every object in view).
     */
    public List<String> eligible(boolean canonical, boolean objectsComplete, int objects) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < catalog.categories().size(); i++) {
            Category c = catalog.categories().get(i);
            if (eligible(i, c, canonical, objectsComplete, objects)) {
                out.add(c.name());
            }
        }
        return out;
    }

    boolean eligible(int index, Category c, boolean canonical, boolean objectsComplete, int objects) {
        return weights[index] > 0 && (canonical || !c.needsGravity()) && objects >= c.arity().minObjects()
                && (objectsComplete || c.arity() != Arity.TARGET_AND_ALL)
                && catalog.templates(index).count(Section.QUESTIONS) > 0;
    }

    /** The first three excluded objects and why, and how many more. */
    private static String excludedReasons(QaScene scene) {
        StringBuilder sb = new StringBuilder();
        List<ExcludedObject> excluded = scene.excluded();
        for (int i = 0; i < Math.min(3, excluded.size()); i++) {
            ExcludedObject e = excluded.get(i);
            sb.append("; ").append(e.name()).append(" (id ").append(e.id()).append("): ").append(e.reason());
        }
        if (excluded.size() > 3) {
            sb.append("; and ").append(excluded.size() - 3).append(" more");
        }
        return sb.toString();
    }
}
