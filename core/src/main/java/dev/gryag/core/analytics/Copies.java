package dev.gryag.core.analytics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Defensive copies for the report records. */
final class Copies {

  private Copies() {}

  /** An unmodifiable copy in the enum's order. */
  static <K extends Enum<K>, V> Map<K, V> enumMap(Class<K> type, Map<K, V> source) {
    EnumMap<K, V> copy = new EnumMap<>(type);
    copy.putAll(Objects.requireNonNull(source, type.getSimpleName() + " map"));
    return Collections.unmodifiableMap(copy);
  }
}
