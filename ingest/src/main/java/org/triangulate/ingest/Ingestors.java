package org.triangulate.ingest;

import org.triangulate.core.Ingestor;

/**
 * Entry point of the ingest stage: ingestors that read files, directories and URLs in every
 * supported format.
 */
public final class Ingestors {
  private static final Ingestor STANDARD = builder().build();

  private Ingestors() {}

  /** The ingestor with {@link IngestSettings#DEFAULTS}; shared, thread-safe. */
  public static Ingestor standard() {
    return STANDARD;
  }

  /** A builder for an ingestor with other settings. */
  public static IngestorBuilder builder() {
    return new IngestorBuilder();
  }
}
