package dev.gryag.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RecentMessagesTest {

  @Test
  void remembersTheLastMessagesAndForgetsOlderOnes() {
    RecentMessages recent = new RecentMessages(3);
    for (long id = 1; id <= 5; id++) {
      recent.remember(id, (int) id * 10, id * 100);
    }

    assertThat(recent.find(1)).isNull();
    assertThat(recent.find(2)).isNull();
    assertThat(recent.find(3)).isEqualTo(new RecentMessages.Remembered(30, 300));
    assertThat(recent.find(5)).isEqualTo(new RecentMessages.Remembered(50, 500));
  }

  @Test
  void aRepeatedIdPointsAtItsLatestMessageEvenAfterTheEarlierOneIsForgotten() {
    RecentMessages recent = new RecentMessages(2);
    recent.remember(7, 1, 10);
    recent.remember(7, 2, 20);
    recent.remember(8, 3, 30); // pushes out the first 7, which no longer owns the id

    assertThat(recent.find(7)).isEqualTo(new RecentMessages.Remembered(2, 20));
    assertThat(recent.find(8)).isEqualTo(new RecentMessages.Remembered(3, 30));
  }

  @Test
  void agreesWithABoundedMapOnAManyMessageStreamWithRepeatsAndZeros() {
    int capacity = 1000;
    RecentMessages recent = new RecentMessages(capacity);
    Map<Long, long[]> expected =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, long[]> eldest) {
            return false;
          }
        };
    long[] ring = new long[capacity];
    Map<Long, Integer> latestSlot = new HashMap<>();
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 200_000; i++) {
      long id = random.nextInt(10) == 0 ? random.nextInt(50) : i; // some ids repeat, some are 0
      int slot = i % capacity;
      if (i >= capacity && latestSlot.get(ring[slot]) == slot) {
        latestSlot.remove(ring[slot]);
        expected.remove(ring[slot]);
      }
      ring[slot] = id;
      latestSlot.put(id, slot);
      expected.put(id, new long[] {i % 40, i});
      recent.remember(id, i % 40, i);
      long probe = random.nextInt(i + 1);
      long[] want = expected.get(probe);
      RecentMessages.Remembered got = recent.find(probe);
      if (want == null) {
        assertThat(got).as("id %d after %d", probe, i).isNull();
      } else {
        assertThat(got)
            .as("id %d after %d", probe, i)
            .isEqualTo(new RecentMessages.Remembered((int) want[0], want[1]));
      }
    }
  }
}
