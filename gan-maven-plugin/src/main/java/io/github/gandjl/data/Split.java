package io.github.gandjl.data;

import java.util.List;

/** The two parts of Fashion-MNIST, each an images file and a labels file. */
public enum Split {
    TRAIN("train"),
    TEST("t10k");

    private final String prefix;

    Split(String prefix) {
        this.prefix = prefix;
    }

    public String imagesFile() {
        return prefix + "-images-idx3-ubyte.gz";
    }

    public String labelsFile() {
        return prefix + "-labels-idx1-ubyte.gz";
    }

    /** The four file names a dataset directory must hold. */
    public static List<String> allFiles() {
        return List.of(
                TRAIN.imagesFile(), TRAIN.labelsFile(), TEST.imagesFile(), TEST.labelsFile());
    }
}
