package io.github.gandjl.report;

import java.util.List;

/** The sample grids of every run compared at one epoch, in run order. */
public record SampleRow(int epoch, List<ImageView> images) {

    public SampleRow {
        images = List.copyOf(images);
    }
}
