/**
 * Language detection: {@link org.triangulate.lang.OpenNlpLanguageDetector} implements {@link
 * org.triangulate.core.LanguageDetector} with Apache OpenNLP's 103-language model, shipped as a
 * Maven artifact so nothing is downloaded at run time. Extraction calls it once per article.
 *
 * <pre>{@code
 * LanguageDetector detector = OpenNlpLanguageDetector.shared();
 * String lang = detector.detect("Die Brücke bei Fennick wurde am Montag gesperrt."); // "de"
 * }</pre>
 */
package org.triangulate.lang;
