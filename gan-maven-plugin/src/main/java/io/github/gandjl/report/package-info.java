/**
 * The {@code report} goal's core: reads run directories, builds a plain model of them (runs, chart
 * geometry, tables, sample grids) and hands it to Freemarker templates that hold all the markup.
 * Comparisons of several runs (configuration differences, final metrics with deltas, the first
 * epoch at which losses differ, environment differences) are computed here, as data.
 */
package io.github.gandjl.report;
