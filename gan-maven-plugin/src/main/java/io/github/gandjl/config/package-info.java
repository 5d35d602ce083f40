/**
 * The validated, immutable configuration of a training run. Everything downstream (data, model,
 * train, run, report) takes a {@link io.github.gandjl.config.TrainingConfig} and never sees raw
 * parameter text.
 */
package io.github.gandjl.config;
