package io.github.gandjl.report;

/** A name and a value as text, for the key-value tables of a report. */
public record Field(String name, String value) {}
