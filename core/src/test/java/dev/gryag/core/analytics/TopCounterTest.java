package dev.gryag.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    assertThat(top.exact()).isTrue();
    assertThat(top.entries()).hasSize(5);
    for (Ranked entry : top.entries()) {
      int which = Integer.parseInt(entry.value().substring("frequent-".length()));
      assertThat(entry.count()).isEqualTo(expected[which]);
    }
  }

  @Test
  void admitsItIsApproximateWhenAFrequentValueArrivesLate() {
    TopCounter counter = new TopCounter(2);
    for (String value : "a a a b b c d e".split(" ")) {
      counter.add(value); // at e the counter holds five values and forgets c, d and e
    }
    for (int i = 0; i < 4; i++) {
      counter.add("late"); // admitted after the prune: it might have been seen and forgotten
    }

    TopList top = counter.top(2);

    assertThat(top.entries()).containsExactly(new Ranked("late", 4), new Ranked("a", 3));
    assertThat(top.exact()).isFalse();
  }

  @Test
  void isUnsureWhenAnUnlistedValueCouldOutrankTheLastListedOne() {
    TopCounter counter = new TopCounter(2);
    for (String value : "a a a a b b c c d e".split(" ")) {
      counter.add(value); // the prune at e forgets c (2), d and e: the floor is 2
    }
    counter.add("c"); // back with 1, but its true count is 3

    TopList top = counter.top(2);

    assertThat(top.entries()).containsExactly(new Ranked("a", 4), new Ranked("b", 2));
    assertThat(top.exact()).isFalse();
  }

  @Test
  void listsAValueUnderTheShortestLabelGivenForIt() {
    TopCounter counter = new TopCounter(10);
    counter.add("поход", "походу", 1);
    counter.add("поход", "походи", 1);
    counter.add("поход", "походами", 1);

    assertThat(counter.top(1).entries()).containsExactly(new Ranked("походи", 3));
  }

  @Test
  void labelsAKeywordByTheShortestWordAmongItsFirstSightings() {
    TopCounter counter = new TopCounter(10);
    for (String text : List.of("походами", "до походу", "походів", "походи", "похо́д", "поход")) {
      counter.add("поход", new SurfaceForms(text));
    }

    assertThat(counter.top(1).entries()).containsExactly(new Ranked("походи", 6));
  }
}
