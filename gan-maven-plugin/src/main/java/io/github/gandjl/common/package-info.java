/**
 * What every layer of the core shares: the logging interface that stands in for Maven's log, the
 * two exception types the Mojos map to Maven's, and atomic file writing.
 */
package io.github.gandjl.common;
