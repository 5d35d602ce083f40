/**
 * Committed baselines and the verification that holds runs to them: {@link
 * io.github.gandjl.baseline.BaselineWriter} copies a finished run's losses and records how it was
 * made; {@link io.github.gandjl.baseline.Verification} compares a later run with it, exactly on the
 * same environment and within the experiment's {@link io.github.gandjl.baseline.Tolerance}
 * elsewhere.
 */
package io.github.gandjl.baseline;
