package io.github.gandjl.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values in summary.md can open no tag, link, emphasis or table cell. */
class MarkdownTextTest {

    @Test
    void markupCharactersAreEscaped() {
        assertEquals("&lt;img src=&quot;x&quot;&gt;", MarkdownText.escape("<img src=\"x\">"));
        assertEquals(
                "a \\| b \\*c\\* \\[d\\]\\(e\\)".replace("\\(", "(").replace("\\)", ")"),
                MarkdownText.escape("a | b *c* [d](e)"));
        assertEquals("one two", MarkdownText.escape("one\ntwo"));
        assertEquals("0.5 (+1.0%)", MarkdownText.escape("0.5 (+1.0%)"));
    }
}
