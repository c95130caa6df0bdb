package dev.gryag.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TopCounterTest {

  @Test
  void countsExactlyWhileUnderCapacityAndBreaksTiesByValue() {
    TopCounter counter = new TopCounter(10);
    for (String word : "b a c a b a d".split(" ")) {
      counter.add(word);
    }

    TopList top = counter.top(3);

    assertThat(top.exact()).isTrue();
    assertThat(top.entries())
        .containsExactly(new Ranked("a", 3), new Ranked("b", 2), new Ranked("c", 1));
  }

  @Test
  void addsWeightedCounts() {
    TopCounter counter = new TopCounter(4);
    counter.add("👍", 5);
    counter.add("🔥", 2);
    counter.add("👍", 1);

    assertThat(counter.top(5).entries()).containsExactly(new Ranked("👍", 6), new Ranked("🔥", 2));
  }

  @Test
  void keepsTheFrequentValuesExactWhenRareOnesOverflowTheCapacity() {
    TopCounter counter = new TopCounter(50);
    SplittableRandom random = new SplittableRandom(7);
    long[] expected = new long[5];
    for (int i = 0; i < 200_000; i++) {
      if (random.nextInt(4) == 0) {
        int frequent = random.nextInt(5);
        expected[frequent]++;
        counter.add("frequent-" + frequent);
      } else {
        counter.add("rare-" + random.nextInt(1_000_000));
      }
    }

    TopList top = counter.top(5);

    assertThat(top.exact()).isFalse();
    assertThat(top.entries()).hasSize(5);
    for (Ranked entry : top.entries()) {
      int which = Integer.parseInt(entry.value().substring("frequent-".length()));
      assertThat(entry.count()).isEqualTo(expected[which]);
    }
  }
}
