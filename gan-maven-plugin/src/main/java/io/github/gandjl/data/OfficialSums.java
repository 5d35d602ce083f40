package io.github.gandjl.data;

import java.util.Map;

/**
 * SHA-256 of the decompressed content of the full Fashion-MNIST files. Computed with {@code zcat f
 * | sha256sum} from the Debian package {@code dataset-fashion-mnist}; the content is the same on
 * the official mirror even though the .gz bytes differ.
 */
final class OfficialSums {

    static final Map<String, String> FULL_SET =
            Map.of(
                    "train-images-idx3-ubyte.gz",
                    "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
                    "train-labels-idx1-ubyte.gz",
                    "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
                    "t10k-images-idx3-ubyte.gz",
                    "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
                    "t10k-labels-idx1-ubyte.gz",
                    "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34");

    private OfficialSums() {}
}
