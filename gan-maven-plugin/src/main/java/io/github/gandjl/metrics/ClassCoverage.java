package io.github.gandjl.metrics;

/**
 * How the generated images spread over the classes: the histogram of the evaluator's predicted
 * classes, its entropy (natural log; ln 10 ~ 2.303 when every class is equally common) and how many
 * classes hold at least a given share. A collapsing generator shows here before anywhere else.
 *
 * @param counts images predicted as each class
 * @param entropy of the predicted-class histogram, in nats
 * @param classesCovered classes holding at least {@code minimumShare} of the images
 * @param minimumShare the share a class needs to count as covered
 */
public record ClassCoverage(int[] counts, double entropy, int classesCovered, double minimumShare) {

    public ClassCoverage {
        counts = counts.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** The coverage of images with the given class probabilities (n rows of 10). */
    public static ClassCoverage of(double[] probabilities, int count, double minimumShare) {
        int[] counts = new int[EvaluatorNetwork.CLASSES];
        for (int i = 0; i < count; i++) {
            counts[predicted(probabilities, i)]++;
        }
        double entropy = 0;
        int covered = 0;
        for (int c : counts) {
            double share = (double) c / count;
            if (c > 0) {
                entropy -= share * Math.log(share);
            }
            if (c > 0 && share >= minimumShare) {
                covered++;
            }
        }
        return new ClassCoverage(counts, entropy, covered, minimumShare);
    }

    /** The most probable class of image {@code i}; the lower class wins a tie. */
    static int predicted(double[] probabilities, int i) {
        int offset = i * EvaluatorNetwork.CLASSES;
        int best = 0;
        for (int c = 1; c < EvaluatorNetwork.CLASSES; c++) {
            if (probabilities[offset + c] > probabilities[offset + best]) {
                best = c;
            }
        }
        return best;
    }
}
