package io.github.gandjl.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Starts DJL's PyTorch engine the way every run needs it: from the native jar on the class path
 * with no download, and with a fixed number of threads, since results are only bit-identical for
 * the same thread count.
 */
public final class EngineSetup {

    private static final String ENGINE = "PyTorch";

    /** Just under glibc's 32 MiB cap on its dynamic mmap threshold. */
    private static final long PRIMING_BYTES = 30L << 20;

    private static boolean allocatorPrimed;

    private EngineSetup() {}

    public static Engine start(int threads) {
        // libtorch comes from the pytorch-native-cpu jar; never reach for the network.
        System.setProperty("ai.djl.offline", "true");
        if (System.getProperty("ai.djl.pytorch.num_interop_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        Engine engine = Engine.getEngine(ENGINE);
        // The engine may have started earlier in this JVM with another count.
        JniUtils.setNumThreads(threads);
        primeAllocator(engine);
        return engine;
    }

    /**
     * glibc's malloc, which libtorch allocates with, serves blocks above its mmap threshold (128
     * KiB at first) with fresh pages from the kernel, so every step's temporaries (a 784x128 array
     * is 392 KiB) were page-faulted in and returned, step after step. Freeing one mmap'd block
     * raises the threshold to that block's size, after which such blocks are reused from the heap:
     * one 30 MiB array made and freed here cut a seed-recipe epoch by about a quarter (README,
     * "Performance"). Elsewhere than glibc it is one short-lived array.
     */
    private static synchronized void primeAllocator(Engine engine) {
        if (allocatorPrimed) {
            return;
        }
        try (NDManager manager = engine.newBaseManager()) {
            manager.zeros(new Shape(PRIMING_BYTES / Float.BYTES));
        }
        allocatorPrimed = true;
    }

    /** Reseeds the engine's random stream (labels and latent noise are drawn from it). */
    public static void seed(Engine engine, long seed) {
        engine.setRandomSeed((int) (seed ^ (seed >>> 32)));
    }
}
