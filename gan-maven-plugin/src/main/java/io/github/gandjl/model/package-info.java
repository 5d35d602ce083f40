/**
 * The two networks of the recipe, as plain DJL arrays with hand-written gradients: {@link
 * io.github.gandjl.model.Mlp} and the generator and discriminator heads on it.
 */
package io.github.gandjl.model;
