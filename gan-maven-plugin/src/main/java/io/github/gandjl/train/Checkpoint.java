package io.github.gandjl.train;

/**
 * The state of training after an epoch: with the experiment seed (from which every random stream of
 * the following epochs is derived) it is all that a resumed run needs to continue exactly. The
 * learning-rate schedule is a function of the epoch and needs no state of its own.
 *
 * @param epoch the last epoch trained
 * @param stepG Adam steps taken by the generator's optimiser
 * @param stepD Adam steps taken by the discriminator's optimiser
 * @param arrays both networks' parameters and both optimisers' moments, in DJL's NDList encoding
 */
public record Checkpoint(int epoch, long stepG, long stepD, byte[] arrays) {}
