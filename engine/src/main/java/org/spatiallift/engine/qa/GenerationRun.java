package org.spatiallift.engine.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.spatiallift.engine.qa.category.Arity;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.category.Draw;
import org.spatiallift.engine.qa.category.SwapRule;
import org.spatiallift.engine.qa.template.TemplateSet;
import org.spatiallift.engine.qa.text.Aspect;

/** One scene's generation: its random stream, scratch buffers and the QA drawn so far. Used by one thread, once. */
final class GenerationRun {

    private final QaGenerator generator;
    private final QaScene scene;
    private final QaSettings settings;
    private final Provenance provenance;
    private final SplittableRandom rng;
    private final long sceneHash;
    private final String[] descriptions;
    /** Each object's expressions (its description, then its alternatives) and the aspects each states. */
    private final String[][] names;
    private final int[][] stated;
    private final Draw draw;
    private final Draw stepDraw;
    private final Filler filler;
    private final LongSet seen = new LongSet();
    private final int[] perm;

    GenerationRun(QaGenerator generator, QaScene scene, long seed, Provenance provenance) {
        this.generator = generator;
        this.scene = scene;
        this.settings = generator.settings();
        this.provenance = provenance;
        sceneHash = Hashes.of(scene.key());
        rng = new SplittableRandom(Hashes.mix(seed, sceneHash));
        List<QaObject> objects = scene.objects();
        descriptions = new String[objects.size()];
        names = new String[objects.size()][];
        stated = new int[objects.size()][];
        for (int i = 0; i < descriptions.length; i++) {
            QaObject o = objects.get(i);
            descriptions[i] = o.description();
            names[i] = new String[1 + o.alternatives().size()];
            stated[i] = new int[names[i].length];
            for (int k = 0; k < names[i].length; k++) {
                names[i][k] = k == 0 ? o.description() : o.alternatives().get(k - 1);
                stated[i][k] = Aspect.stated(names[i][k]);
            }
        }
        perm = new int[objects.size()];
        filler = new Filler(generator, settings, descriptions, rng);
        stepDraw = new Draw(scene.geometry(), settings.margins(), settings.units(), rng, null);
        draw = new Draw(scene.geometry(), settings.margins(), settings.units(), rng, this::step);
        draw.answerTies = settings.tiesAnswered();
    }

    QaBatch run() {
        List<Category> categories = generator.catalog().categories();
        int n = scene.objects().size();
        double[] quantitative = new double[categories.size()];
        double[] qualitative = new double[categories.size()];
        double sumQuant = 0, sumQual = 0;
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            if (generator.eligible(i, c, scene.canonical(), scene.objectsComplete(), n)) {
                if (c.quantitative()) {
                    sumQuant += generator.weight(i);
                } else {
                    sumQual += generator.weight(i);
                }
            }
            quantitative[i] = sumQuant;
            qualitative[i] = sumQual;
        }
        List<QaPair> pairs = new ArrayList<>(settings.perImage());
        if (sumQuant + sumQual == 0) {
            return new QaBatch(scene.key(), pairs, 0, "no category can be asked about this scene (" + n
                    + " usable objects, " + (scene.canonical() ? "" : "no gravity, ") + "category weights "
                    + settings.categoryWeights() + ")", scene.excluded());
        }
        int ties = 0, leaks = 0;
        int attempts = 0, maxAttempts = 20 * settings.perImage() + 100;
        while (pairs.size() < settings.perImage() && attempts++ < maxAttempts) {
            boolean quant = sumQual == 0 || (sumQuant > 0 && rng.nextDouble() < settings.quantitativeShare());
            double[] cumulative = quant ? quantitative : qualitative;
            int index = pick(cumulative, rng.nextDouble() * (quant ? sumQuant : sumQual));
            Category c = categories.get(index);
            pickObjects(c.arity(), n);
            if (!askable(c) || !seen.add(dedupeKey(index, c))) {
                continue;
            }
            if (!name(generator.asked(index))) {
                leaks++;
                continue;
            }
            draw.reset();
            draw.steps = settings.chainOfThought() && c.kind() == QaKind.MULTI_OBJECT ? new ArrayList<>() : null;
            if (!c.evaluate(draw)) {
                ties++;
                continue;
            }
            pairs.add(build(index, c));
        }
        return new QaBatch(scene.key(), pairs, ties, null, scene.excluded(), leaks);
    }

    /**
     * Names each drawn object by its first expression that states none of the {@code asked} aspects, into
     * {@link #descriptions} (the question, its answer and its reasoning steps all use it). False when some object has
     * no such expression, or when two drawn objects are the same object or would read alike: the question is
     * skipped rather than give its answer away or compare an object with itself.
     */
    private boolean name(int asked) {
        for (int k = 0; k < draw.count; k++) {
            int i = draw.objects[k];
            String chosen = null;
            for (int e = 0; e < names[i].length && chosen == null; e++) {
                if ((stated[i][e] & asked) == 0) {
                    chosen = names[i][e];
                }
            }
            if (chosen == null) {
                return false;
            }
            descriptions[i] = chosen;
            for (int l = 0; l < k; l++) {
                int j = draw.objects[l];
                if (j == i || scene.objects().get(j).id() == scene.objects().get(i).id()
                        || descriptions[j].equalsIgnoreCase(chosen)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when the category may ask about every drawn object ({@link Category#canAsk}). */
    private boolean askable(Category c) {
        for (int k = 0; k < draw.count; k++) {
            if (!c.canAsk(scene.objects().get(draw.objects[k]))) {
                return false;
            }
        }
        return true;
    }

    private QaPair build(int index, Category c) {
        TemplateSet templates = generator.catalog().templates(index);
        Filler.Text text = filler.fill(index, c, templates, draw);
        long id = sceneHash;
        id = Hashes.mix(id, Hashes.of(c.name()));
        QaObject[] objects = new QaObject[draw.count];
        for (int k = 0; k < draw.count; k++) {
            objects[k] = scene.objects().get(draw.objects[k]).namedAs(descriptions[draw.objects[k]]);
            id = Hashes.mix(id, objects[k].id());
        }
        id = Hashes.mix(Hashes.mix(id, text.question()), text.answer());
        boolean numeric = c.unit() != null;
        return new QaPair(Hashes.hex(id), c.name(), c.kind(), text.questionText(), answerText(text.answerText()),
                text.shortAnswer(), numeric ? draw.value : null, numeric ? text.stated() : null, c.unit(),
                List.of(objects), draw.steps == null ? List.of() : List.copyOf(draw.steps), provenance,
                Double.isNaN(draw.thresholdM) ? null : draw.thresholdM);
    }

    /**
     * The answer as the training text holds it: with inline reasoning, each step as its question and answer first
     * ("How far is the lamp from the chair? About 1.2 meters. … So, the lamp is closest."), else the answer alone (the
     * steps stay in the metadata). A step's answer alone may not name its objects ("They are 1.2 meters apart"), so
     * its question goes with it.
     */
    private String answerText(String answer) {
        if (!settings.reasoningInline() || draw.steps == null || draw.steps.isEmpty()) {
            return answer;
        }
        StringBuilder sb = new StringBuilder(answer.length() + 80 * draw.steps.size());
        for (QaStep step : draw.steps) {
            sb.append(step.question()).append(' ').append(step.answer()).append(' ');
        }
        sb.append("So, ");
        if (!answer.isEmpty()) {
            sb.append(Character.toLowerCase(answer.charAt(0))).append(answer, 1, answer.length());
        }
        return sb.toString();
    }

    /** A chain-of-thought step: the direct category on (a, b), its first-drawn templates, the exact value. */
    private boolean step(Category direct, int a, int b) {
        if (!stepDraw.evaluate(direct, a, b)) {
            return false;
        }
        int index = generator.catalog().indexOf(direct.name());
        Filler.Text text = filler.fill(index, direct, generator.catalog().templates(index), stepDraw);
        boolean numeric = direct.unit() != null;
        draw.steps.add(new QaStep(direct.name(), text.questionText(), text.answerText(),
                numeric ? stepDraw.value : null, numeric ? direct.unit() : null));
        return true;
    }

    private static int pick(double[] cumulative, double r) {
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return i;
            }
        }
        for (int i = cumulative.length - 1; i > 0; i--) {
            if (cumulative[i] > cumulative[i - 1]) {
                return i;
            }
        }
        return 0;
    }

    /** Draws distinct objects for {@code arity} into {@link Draw#objects} (a partial Fisher–Yates shuffle). */
    private void pickObjects(Arity arity, int n) {
        int k = switch (arity) {
            case ONE -> 1;
            case TWO -> 2;
            case THREE -> 3;
            case TARGET_AND_CANDIDATES -> 1 + 2 + rng.nextInt(Math.min(4, n - 1) - 1);
            case TARGET_AND_ALL -> n;
        };
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
            draw.objects[i] = perm[i];
        }
        draw.count = k;
    }

    /**
     * The same question asked twice is skipped: the key is the category and its objects, with the objects sorted where
     * their order does not change the question (symmetric pairs, the three objects of a multi-object question, the
     * candidates after X); count_left_of is keyed by X alone.
     */
    private long dedupeKey(int index, Category c) {
        long h = Hashes.mix(0x5151, index);
        int from = c.arity().hasTarget() ? 1 : 0;
        if (from == 1) {
            h = Hashes.mix(h, draw.objects[0]);
            if (c.arity() == Arity.TARGET_AND_ALL) {
                return h;
            }
        }
        boolean sorted = c.swap() == SwapRule.SYMMETRIC || c.kind() == QaKind.MULTI_OBJECT;
        if (!sorted) {
            for (int k = 0; k < draw.count; k++) {
                h = Hashes.mix(h, draw.objects[k]);
            }
            return h;
        }
        long sum = 0;
        for (int k = from; k < draw.count; k++) {
            sum += Hashes.mix(draw.objects[k], 7);
        }
        return Hashes.mix(h, sum + draw.count);
    }
}
