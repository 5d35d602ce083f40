/**
 * Drawing images from a finished run's generator: {@link io.github.gandjl.sample.Sampler} loads the
 * final parameters, draws latent points from a sample seed and writes a grid, single images and an
 * interpolation strip under {@code <run>/sampled/seed-<sampleSeed>/}.
 */
package io.github.gandjl.sample;
