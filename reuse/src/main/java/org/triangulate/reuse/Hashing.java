package org.triangulate.reuse;

/** 64-bit hashing of words and shingles: FNV-1a, finished by MurmurHash3's mixer. */
final class Hashing {
  private Hashing() {}

  static long of(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  static long combine(long a, long b) {
    return mix(a * 31 + b + 0x9e3779b97f4a7c15L);
  }

  static long mix(long z) {
    z ^= z >>> 33;
    z *= 0xff51afd7ed558ccdL;
    z ^= z >>> 33;
    z *= 0xc4ceb9fe1a85ec53L;
    z ^= z >>> 33;
    return z;
  }
}
