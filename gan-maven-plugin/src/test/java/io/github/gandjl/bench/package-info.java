/**
 * The speed benchmark: our trainer and the PyTorch reference alternately on the same machine, the
 * engine's matrix-multiply throughput on the recipe's own shapes, and the trainer's resident size.
 * Run by {@code scripts/benchmark.sh}; mains, not tests, so the test suite never runs them.
 */
package io.github.gandjl.bench;
