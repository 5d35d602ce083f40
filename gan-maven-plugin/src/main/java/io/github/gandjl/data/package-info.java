/**
 * The Fashion-MNIST data the experiments train on: finds a directory holding the four IDX files
 * (configured, cache, system, or downloaded from the official mirror), checks each file against the
 * SHA-256 of its decompressed content, and reads images and labels into plain arrays.
 *
 * <p>Everything here depends only on the JDK and {@code io.github.gandjl.common}, so it runs and is
 * tested without Maven or DJL. {@link io.github.gandjl.data.SubsetWriter} makes the small
 * class-balanced subset committed under {@code data/fashion-mnist-subset}.
 */
package io.github.gandjl.data;
