/**
 * Stanford CoreNLP's CRF named-entity recogniser behind {@link
 * org.triangulate.facts.NamedEntityRecognizer}, in its own module because CoreNLP is GPL-3.0 and
 * heavy (the models jar). Example: {@code FactExtractor.builder().recognizer(CoreNlpNer.of(
 * CoreNlpNer.Model.CONLL_4CLASS)).build()}.
 */
package org.triangulate.ner.corenlp;
