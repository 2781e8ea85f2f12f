package org.triangulate.server;

/** Who may read (every GET under {@code /api/v1}); writes always need the token. */
public enum ReadAccess {
  /** Anyone who can reach the server. */
  OPEN,
  /** Clients on the same machine (loopback addresses) without a token, others with it. */
  LOCAL,
  /** Only clients that send the token. */
  TOKEN
}
