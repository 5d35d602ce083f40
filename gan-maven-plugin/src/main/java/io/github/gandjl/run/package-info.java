/**
 * A run on disk: the run directory's layout, its manifest (written atomically, read strictly), the
 * per-epoch CSV files, the sample grids, and {@link io.github.gandjl.run.TrainingRun}, which trains
 * an experiment and writes all of them.
 */
package io.github.gandjl.run;
