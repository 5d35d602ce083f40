package io.github.gandjl.report;

/**
 * A sample grid as the page shows it.
 *
 * @param src a {@code data:image/png;base64,...} URI, so the page needs no other file; null when
 *     the run has no grid for this epoch
 */
public record ImageView(int epoch, String src, String alt) {

    public boolean present() {
        return src != null;
    }
}
