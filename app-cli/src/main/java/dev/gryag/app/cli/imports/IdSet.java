package dev.gryag.app.cli.imports;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/** A set of positive message ids: a bit per id below 2^31 (Telegram's range), a hash set above. */
final class IdSet {

  private final BitSet small = new BitSet();
  private final Set<Long> large = new HashSet<>();

  /** Adds the id; false when it was there already. */
  boolean add(long id) {
    if (id < Integer.MAX_VALUE) {
      int bit = (int) id;
      if (small.get(bit)) {
        return false;
      }
      small.set(bit);
      return true;
    }
    return large.add(id);
  }
}
