package org.triangulate.core.reuse;

import org.triangulate.core.Checks;
import org.triangulate.core.Span;

/**
 * A credit line in an article naming where its text came from: {@code Source: Kestrel Wire}, {@code
 * (Kestrel Wire) -}, {@code Kestrel Wire reported}, {@code quoted by Kestrel Wire as saying}.
 *
 * @param name the credited outlet as written, such as {@code Kestrel Wire}
 * @param span where the credit is in the article's text
 * @param strong true when the line credits the whole article ({@code Source:}, {@code Via}, {@code
 *     Originally published by}, a dateline credit), false for a credit of one passage ({@code X
 *     reported}, {@code according to X})
 */
public record Attribution(String name, Span span, boolean strong) {
  public Attribution {
    Checks.notBlank("name", name);
    Checks.notNull("span", span);
  }
}
