package org.spatiallift.engine.vlm;

import java.time.Duration;
import java.util.Random;

/**
 * How often and how long to wait before asking again after 429 (rate limited), a 5xx, a timeout or a lost connection:
 * exponential backoff with jitter, the server's Retry-After honoured up to a bound.
 *
 * @param maxAttempts   attempts in all, at least 1 (1 = never retry)
 * @param baseDelay     the wait before the second attempt, before jitter
 * @param maxDelay      no computed wait is longer
 * @param maxRetryAfter a server's Retry-After longer than this is not waited for: the request fails as rate limited
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    /** Four attempts, waits of about 0.5, 1 and 2 s, Retry-After up to 60 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8),
            Duration.ofSeconds(60));
    /** One attempt, no retry. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("VLM retries: attempts must lie in 1..20, got " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("VLM retries: waits must not be negative, got " + baseDelay + ", "
                    + maxDelay + ", " + maxRetryAfter);
        }
    }

    /**
     * The wait before attempt {@code next} (2 = the first retry): the server's {@code retryAfter} when it gave one,
     * else min(maxDelay, baseDelay · 2^(next − 2)) scaled by a random factor in [0.5, 1) ("equal jitter"), so that
     * clients that failed together do not retry together.
     */
    public Duration delay(int next, Duration retryAfter, Random random) {
        if (retryAfter != null) {
            return retryAfter;
        }
        double base = baseDelay.toNanos() * Math.pow(2, Math.max(0, next - 2));
        double capped = Math.min(base, maxDelay.toNanos());
        return Duration.ofNanos((long) (capped * (0.5 + 0.5 * random.nextDouble())));
    }
}
