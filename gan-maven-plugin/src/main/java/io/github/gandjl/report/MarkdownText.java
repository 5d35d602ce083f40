package io.github.gandjl.report;

/**
 * Escapes text for Markdown that GitHub renders, HTML included: a run's strings come from poms and
 * the command line, so none may become a tag, a link or table structure in a pull-request comment.
 */
final class MarkdownText {

    private MarkdownText() {}

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n', '\r', '\t' -> out.append(' ');
                // Values are inline, never at a line's start: these are the characters that can
                // open emphasis, code, a link or a table cell there.
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
