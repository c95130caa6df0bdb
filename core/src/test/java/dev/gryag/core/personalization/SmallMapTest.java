package dev.gryag.core.personalization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallMapTest {

  @Test
  void itEqualsAnyMapWithTheSameEntriesAndHashesAlike() {
    SmallMap<Long> small = SmallMap.<Long>empty().mergeAll(List.of("a", "b", "a"), 1L, Long::sum);
    Map<String, Long> plain = new HashMap<>(Map.of("a", 2L, "b", 1L));

    assertThat(small).isEqualTo(plain);
    assertThat(plain).isEqualTo(small);
    assertThat(small.hashCode()).isEqualTo(plain.hashCode());
    assertThat(small.get("a")).isEqualTo(2L);
    assertThat(small.get("zzz")).isNull();
    assertThat(SmallMap.copyOf(plain)).isEqualTo(small);
    assertThat(SmallMap.copyOf(small)).isSameAs(small);
  }

  @Test
  void changesMakeNewMapsAndLeaveTheOriginalAlone() {
    SmallMap<Long> original = SmallMap.copyOf(Map.of("a", 1L, "b", 2L));

    SmallMap<Long> with = original.with("c", 3L).with("a", 5L);
    SmallMap<Long> without = original.without("a");

    assertThat(original).isEqualTo(Map.of("a", 1L, "b", 2L));
    assertThat(with).isEqualTo(Map.of("a", 5L, "b", 2L, "c", 3L));
    assertThat(without).isEqualTo(Map.of("b", 2L));
    assertThat(original.without("missing")).isSameAs(original);
    assertThatThrownBy(() -> original.put("x", 1L))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> original.remove("a"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() ->
            SmallMap.copyOf(new HashMap<>(java.util.Collections.singletonMap("k", (Long) null))))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void largestKeepsTheBestScoresAndBreaksTiesBySmallerKey() {
    SmallMap<Long> counts = SmallMap.copyOf(Map.of("d", 1L, "c", 1L, "b", 5L, "a", 1L, "e", 3L));

    assertThat(counts.largest(3, Long::doubleValue)).isEqualTo(Map.of("b", 5L, "e", 3L, "a", 1L));
    assertThat(counts.largest(4, Long::doubleValue))
        .isEqualTo(Map.of("b", 5L, "e", 3L, "a", 1L, "c", 1L));
    assertThat(counts.largest(9, Long::doubleValue)).isSameAs(counts);
  }
}
