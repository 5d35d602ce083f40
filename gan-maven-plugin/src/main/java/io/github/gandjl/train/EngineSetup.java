package io.github.gandjl.train;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Starts DJL's PyTorch engine the way every run needs it: from the native jar on the class path
 * with no download, and with a fixed number of threads, since results are only bit-identical for
 * the same thread count.
 */
public final class EngineSetup {

    private static final String ENGINE = "PyTorch";

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
        return engine;
    }

    /** Reseeds the engine's random stream (labels and latent noise are drawn from it). */
    public static void seed(Engine engine, long seed) {
        engine.setRandomSeed((int) (seed ^ (seed >>> 32)));
    }
}
