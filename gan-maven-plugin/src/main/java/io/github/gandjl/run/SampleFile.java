package io.github.gandjl.run;

import java.nio.file.Path;

/** A sample grid of a run: {@code samples/epoch-NNNN.png}. */
public record SampleFile(int epoch, Path file) {}
