package org.triangulate.server;

import java.util.regex.Pattern;

/**
 * The ids the API accepts in paths and parameters: letters, digits and {@code . _ : ~ -}, starting
 * with a letter or digit, at most 200 characters, never {@code ..}. Nothing else reaches the store
 * or the file system, so no path parameter can walk out of the data folder.
 */
final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:~-]{0,199}");

  private Ids() {}

  /** True when {@code value} is a well-formed id. */
  static boolean valid(String value) {
    return value != null && ID.matcher(value).matches() && !value.contains("..");
  }

  /** {@code value} if well-formed; otherwise a 400 naming the parameter. */
  static String require(String name, String value) {
    if (!valid(value)) {
      throw new ApiException(
          400,
          name + " is not a valid id: " + shorten(value),
          "ids are 1 to 200 letters, digits or . _ : ~ - starting with a letter or digit; take"
              + " them from the API's lists");
    }
    return value;
  }

  /** At most 80 characters of {@code value}, for error messages. */
  static String shorten(String value) {
    if (value == null) {
      return "(missing)";
    }
    return value.length() <= 80 ? "'" + value + "'" : "'" + value.substring(0, 80) + "...'";
  }
}
