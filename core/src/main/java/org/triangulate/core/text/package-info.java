/**
 * Word lists about text shared by the stages, so that one list serves every stage.
 *
 * <p>{@link org.triangulate.core.text.CalendarWords} knows weekday and month names and their
 * abbreviations: the date tagger reads months with it, and the name recognisers and story terms
 * leave calendar words out. Example: {@code CalendarWords.month("Sept.")} is {@code 9}; {@code
 * CalendarWords.isWeekday("Tue")} is true.
 */
package org.triangulate.core.text;
