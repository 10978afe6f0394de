package org.spatiallift.engine.perception.model;

import java.util.Arrays;

/**
 * How an 8-bit RGB pixel becomes a model input value: v_c = (p_c · scale − mean_c) / std_c for channel c
 * (p in 0..255). ImageNet: scale = 1/255, mean = (0.485, 0.456, 0.406), std = (0.229, 0.224, 0.225); none:
 * scale 1, mean 0, std 1.
 *
 * @param text a human-readable statement, as in the model card
 */
public record Normalisation(double scale, double[] mean, double[] std, String text) {

    public Normalisation {
        mean = mean.clone();
        std = std.clone();
        if (mean.length != 3 || std.length != 3) {
            throw new IllegalArgumentException("mean and std need 3 values (R, G, B), got " + mean.length + " and " + std.length);
        }
        for (double s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("std values must be positive, got " + Arrays.toString(std));
            }
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive, got " + scale);
        }
    }

    /** Pixel values as they are (0..255). */
    public static Normalisation none() {
        return new Normalisation(1, new double[3], new double[] {1, 1, 1}, "none: pixel values 0..255");
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }

    /** v = (p · scale − mean_c) / std_c. */
    public float apply(int channel, double p) {
        return (float) ((p * scale - mean[channel]) / std[channel]);
    }
}
