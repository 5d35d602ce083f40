/**
 * The training loop: seeding, shuffling, the recipe's step (discriminator then generator), Adam
 * with the fused kernel, the learning-rate schedule, and the engine's setup.
 */
package io.github.gandjl.train;
