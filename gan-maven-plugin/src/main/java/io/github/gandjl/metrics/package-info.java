/**
 * Sample quality while training, judged by the project's own small Fashion-MNIST classifier (the
 * evaluator, shipped as a resource): the Fréchet distance between the evaluator's features of
 * generated and real images, the classifier score (the Inception-score formula on its class
 * probabilities) and the class coverage of the generated images.
 */
package io.github.gandjl.metrics;
