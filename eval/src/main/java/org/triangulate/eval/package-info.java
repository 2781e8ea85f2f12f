/**
 * Evaluation harnesses: each stage measured on public gold data from {@link
 * org.triangulate.eval.Datasets}, printed beside the published scores of other tools. One
 * sub-package per stage; each has a {@code main}.
 */
package org.triangulate.eval;
