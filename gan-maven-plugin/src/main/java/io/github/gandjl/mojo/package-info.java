/**
 * The Maven goals. Each binds its parameters, validates them into the core's configuration and
 * calls the core; nothing else lives here.
 */
package io.github.gandjl.mojo;
