package io.github.gandjl.train;

/**
 * Derives independent random streams from the one experiment seed. Each stream is a pure function
 * of (seed, purpose, epoch), so any epoch's draws can be reproduced without replaying the ones
 * before it: that is what makes a resumed run continue exactly.
 */
public final class Seeds {

    /** What a stream is used for; the ordinal keeps the streams apart. */
    public enum Stream {
        WEIGHT_INIT,
        SAMPLE_LATENT,
        EPOCH_NOISE,
        EPOCH_SHUFFLE,
        /** Latent batch of the generated images the quality metrics judge. */
        METRIC_LATENT,
        /** Which real test images the quality metrics compare against. */
        METRIC_REAL,
        /** Batch order of the evaluator's one-off training. */
        EVALUATOR_SHUFFLE
    }

    private Seeds() {}

    public static long derive(long seed, Stream stream, long epoch) {
        long h = mix(seed);
        h = mix(h ^ (0x9E3779B97F4A7C15L * (stream.ordinal() + 1)));
        return mix(h ^ (0xC2B2AE3D27D4EB4FL * (epoch + 1)));
    }

    /** SplitMix64's finaliser: a bijection that spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
