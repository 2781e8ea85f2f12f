package org.triangulate.store;

import java.nio.file.Path;

/**
 * The store folder is held by another process (Lucene's {@code write.lock}). Its message says what
 * to do.
 */
public final class StoreLockedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient Path folder;

  StoreLockedException(Path folder, Throwable cause) {
    super(
        "the store "
            + folder
            + " is in use by another process (it holds "
            + folder.resolve(LuceneArticleStore.INDEX_FOLDER).resolve("write.lock")
            + "). Wait for that triangulate run to finish, or pass another folder with --store DIR."
            + " The lock is released when its process ends, even if it was killed, so do not"
            + " delete write.lock by hand while a process may still be writing.",
        cause);
    this.folder = folder;
  }

  /** The store folder that is locked. */
  public Path folder() {
    return folder;
  }
}
