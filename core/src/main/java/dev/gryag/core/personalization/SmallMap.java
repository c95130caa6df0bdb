package dev.gryag.core.personalization;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * An immutable map of a few dozen string keys kept in two arrays: the maps of a profile. Changing
 * it copies two short arrays instead of rehashing a {@link java.util.HashMap}, which makes a fold
 * several times cheaper; lookups scan the keys by cached hash. Equal to any map with the same
 * entries, as {@link Map#equals} requires.
 */
final class SmallMap<V> extends AbstractMap<String, V> {

  private static final SmallMap<Object> EMPTY = new SmallMap<>(new String[0], new Object[0]);

  private final String[] keys;
  private final Object[] values;

  private SmallMap(String[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  @SuppressWarnings("unchecked")
  static <V> SmallMap<V> empty() {
    return (SmallMap<V>) EMPTY;
  }

  /**
   * {@code map} itself when it is a small map, else an immutable copy; null keys or values fail.
   */
  @SuppressWarnings("unchecked")
  static <V> SmallMap<V> copyOf(Map<String, ? extends V> map) {
    if (map instanceof SmallMap<?> small) {
      return (SmallMap<V>) small;
    }
    String[] keys = new String[map.size()];
    Object[] values = new Object[map.size()];
    int i = 0;
    for (Map.Entry<String, ? extends V> entry : map.entrySet()) {
      keys[i] = Objects.requireNonNull(entry.getKey(), "a profile map has a null key");
      values[i] = Objects.requireNonNull(entry.getValue(), "a profile map has a null value");
      i++;
    }
    return i == 0 ? empty() : new SmallMap<>(keys, values);
  }

  private static int indexOf(String[] keys, int size, Object key) {
    if (key instanceof String wanted) {
      int hash = wanted.hashCode();
      for (int i = 0; i < size; i++) {
        if (keys[i].hashCode() == hash && keys[i].equals(wanted)) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = indexOf(keys, keys.length, key);
    return i < 0 ? null : (V) values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(keys, keys.length, key) >= 0;
  }

  @Override
  public int size() {
    return keys.length;
  }

  /** This map with each of {@code add} set to {@code one}, or merged with it when present. */
  @SuppressWarnings("unchecked")
  SmallMap<V> mergeAll(Collection<String> add, V one, BinaryOperator<V> merge) {
    if (add.isEmpty()) {
      return this;
    }
    String[] k = Arrays.copyOf(keys, keys.length + add.size());
    Object[] v = Arrays.copyOf(values, k.length);
    int size = keys.length;
    for (String key : add) {
      int i = indexOf(k, size, key);
      if (i >= 0) {
        v[i] = merge.apply((V) v[i], one);
      } else {
        k[size] = Objects.requireNonNull(key, "key");
        v[size++] = one;
      }
    }
    return size == k.length
        ? new SmallMap<>(k, v)
        : new SmallMap<>(Arrays.copyOf(k, size), Arrays.copyOf(v, size));
  }

  /** This map with {@code key} set to {@code value}. */
  SmallMap<V> with(String key, V value) {
    int i = indexOf(keys, keys.length, key);
    if (i < 0) {
      return mergeAll(java.util.List.of(key), value, (old, one) -> one);
    }
    Object[] v = values.clone();
    v[i] = Objects.requireNonNull(value, "value");
    return new SmallMap<>(keys, v);
  }

  /** This map without {@code key}. */
  SmallMap<V> without(String key) {
    int i = indexOf(keys, keys.length, key);
    if (i < 0) {
      return this;
    }
    String[] k = new String[keys.length - 1];
    Object[] v = new Object[keys.length - 1];
    System.arraycopy(keys, 0, k, 0, i);
    System.arraycopy(values, 0, v, 0, i);
    System.arraycopy(keys, i + 1, k, i, keys.length - i - 1);
    System.arraycopy(values, i + 1, v, i, keys.length - i - 1);
    return new SmallMap<>(k, v);
  }

  /**
   * The {@code limit} entries with the largest scores (ties: smaller key first), in this map's
   * order. Selects by a threshold on a sorted copy of the scores: no boxing, no comparator.
   */
  @SuppressWarnings("unchecked")
  SmallMap<V> largest(int limit, ToDoubleFunction<? super V> score) {
    int n = keys.length;
    if (n <= limit) {
      return this;
    }
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = score.applyAsDouble((V) values[i]);
    }
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    double threshold = sorted[n - limit];
    int above = 0;
    for (double value : scores) {
      above += value > threshold ? 1 : 0;
    }
    String tieLimit = lastTieKept(scores, threshold, limit - above);
    String[] k = new String[limit];
    Object[] v = new Object[limit];
    int kept = 0;
    for (int i = 0; i < n && kept < limit; i++) {
      if (scores[i] > threshold || (scores[i] == threshold && keys[i].compareTo(tieLimit) <= 0)) {
        k[kept] = keys[i];
        v[kept++] = values[i];
      }
    }
    return new SmallMap<>(k, v);
  }

  /** The largest key among the {@code wanted} smallest keys scoring exactly {@code threshold}. */
  private String lastTieKept(double[] scores, double threshold, int wanted) {
    String[] ties = new String[keys.length];
    int count = 0;
    for (int i = 0; i < keys.length; i++) {
      if (scores[i] == threshold) {
        ties[count++] = keys[i];
      }
    }
    Arrays.sort(ties, 0, count);
    return ties[wanted - 1];
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<String, V> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return Map.entry(keys[i], (V) values[i]);
          }
        };
      }
    };
  }
}
