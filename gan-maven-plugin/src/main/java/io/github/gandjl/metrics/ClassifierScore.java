package io.github.gandjl.metrics;

/**
 * The Inception-score formula (Salimans et al. 2016) on the evaluator's class probabilities: {@code
 * exp(mean_i KL(p(y|x_i) || p(y)))}, with {@code p(y)} the mean of the rows. 1 when every image
 * gets the same distribution; up to 10 when each is confidently one class and the classes are
 * equally common.
 */
public final class ClassifierScore {

    private ClassifierScore() {}

    /**
     * @param probabilities {@code count} rows of {@value EvaluatorNetwork#CLASSES}, row-major
     */
    public static double of(double[] probabilities, int count) {
        int classes = EvaluatorNetwork.CLASSES;
        double[] marginal = new double[classes];
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < classes; c++) {
                marginal[c] += probabilities[i * classes + c];
            }
        }
        for (int c = 0; c < classes; c++) {
            marginal[c] /= count;
        }
        double klSum = 0;
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < classes; c++) {
                double p = probabilities[i * classes + c];
                if (p > 0) {
                    klSum += p * (Math.log(p) - Math.log(marginal[c]));
                }
            }
        }
        return Math.exp(klSum / count);
    }
}
