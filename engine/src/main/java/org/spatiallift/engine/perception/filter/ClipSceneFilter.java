package org.spatiallift.engine.perception.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.perception.embed.Embedding;
import org.spatiallift.engine.perception.embed.ImageTextEmbedder;
import org.spatiallift.engine.perception.embed.TextTokens;
import org.spatiallift.engine.perception.model.ModelException;

/**
 * The scene filter with a CLIP-style model (Radford et al. 2021; SpatialVLM filters its images this way): the image
 * embedding is compared with the embedding of each prompt ({@link ScenePrompts}), the cosines s_i become
 * probabilities p_i = softmax(τ · s_i) with CLIP's logit scale τ (100 unless the manifest's {@code logit_scale} says
 * otherwise), and the scene is accepted when the accept prompts together have P = Σ_accept p_i ≥ {@code minAccept}
 * (0.5). The reason gives P, and the best accept and reject prompts with their cosines.
 *
 * <p>The prompts are embedded once, when the filter is made. If the model fails on an image the rules decide
 * ({@code fallback}) and the reason says so. The embedder is not closed here; like it, this class is not thread-safe.
 */
public final class ClipSceneFilter implements SceneFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ClipSceneFilter.class);
    public static final double DEFAULT_LOGIT_SCALE = 100;
    public static final double DEFAULT_MIN_ACCEPT = 0.5;

    private final ImageTextEmbedder embedder;
    private final String modelId;
    private final List<ScenePrompt> prompts;
    private final List<Embedding> texts;
    private final double logitScale;
    private final double minAccept;
    private final SceneFilter fallback;

    private ClipSceneFilter(ImageTextEmbedder embedder, String modelId, List<ScenePrompt> prompts, List<Embedding> texts,
            double logitScale, double minAccept, SceneFilter fallback) {
        this.embedder = embedder;
        this.modelId = modelId;
        this.prompts = List.copyOf(prompts);
        this.texts = List.copyOf(texts);
        this.logitScale = logitScale;
        this.minAccept = minAccept;
        this.fallback = fallback;
    }

    /** Embeds the prompts with {@code tokens} and the text tower; {@code fallback} judges when the model fails. */
    public static ClipSceneFilter create(ImageTextEmbedder embedder, String modelId, TextTokens tokens,
            List<ScenePrompt> prompts, double logitScale, double minAccept, SceneFilter fallback) throws ModelException {
        List<Embedding> texts = new ArrayList<>();
        for (ScenePrompt p : prompts) {
            int[] ids = tokens.encode(p.text());
            long[] longs = new long[ids.length];
            for (int i = 0; i < ids.length; i++) {
                longs[i] = ids[i];
            }
            texts.add(embedder.embedTokens(longs));
        }
        return new ClipSceneFilter(embedder, modelId, prompts, texts, logitScale, minAccept, fallback);
    }

    @Override
    public SceneVerdict judge(SceneFilterInput input) {
        Embedding image;
        try {
            image = embedder.embedImage(input.image());
        } catch (ModelException e) {
            LOG.warn("CLIP scene filter {} failed, the rules decide: {}", modelId, e.getMessage());
            SceneVerdict rules = fallback.judge(input);
            return new SceneVerdict(rules.accepted(), rules.method(), rules.reason() + " (CLIP model " + modelId
                    + " failed: " + e.getMessage() + ")");
        }
        double[] cos = new double[prompts.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cos.length; i++) {
            cos[i] = image.similarity(texts.get(i));
            max = Math.max(max, cos[i]);
        }
        double sum = 0, accept = 0;
        int bestAccept = -1, bestReject = -1;
        for (int i = 0; i < cos.length; i++) {
            double e = Math.exp(logitScale * (cos[i] - max));
            sum += e;
            if (prompts.get(i).accept()) {
                accept += e;
                bestAccept = bestAccept < 0 || cos[i] > cos[bestAccept] ? i : bestAccept;
            } else {
                bestReject = bestReject < 0 || cos[i] > cos[bestReject] ? i : bestReject;
            }
        }
        double p = accept / sum;
        boolean accepted = p >= minAccept;
        String reason = String.format(Locale.ROOT, "%s: P(scene prompts) = %.2f (needs %.2f); best scene prompt \"%s\" "
                + "cosine %.3f, best other prompt \"%s\" cosine %.3f", accepted ? "accepted" : "rejected", p, minAccept,
                prompts.get(bestAccept).text(), cos[bestAccept], prompts.get(bestReject).text(), cos[bestReject]);
        LOG.debug("{} scene filter: {}", modelId, reason);
        return new SceneVerdict(accepted, modelId, reason);
    }
}
