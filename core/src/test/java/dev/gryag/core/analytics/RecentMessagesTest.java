package dev.gryag.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentMessagesTest {

  @Test
  void remembersMessagesUntilOneWithAnIdCapacityHigherTakesTheirPlace() {
    RecentMessages recent = new RecentMessages(3);
    for (long id = 1; id <= 5; id++) {
      recent.remember(id, (int) id * 10, id * 100);
    }

    assertThat(recent.find(1)).isNull();
    assertThat(recent.find(2)).isNull();
    assertThat(recent.find(3)).isEqualTo(new RecentMessages.Remembered(30, 300));
    assertThat(recent.find(5)).isEqualTo(new RecentMessages.Remembered(50, 500));
    assertThat(recent.find(8)).isNull();
  }

  @Test
  void aRepeatedIdPointsAtItsLatestMessage() {
    RecentMessages recent = new RecentMessages(100);
    recent.remember(0, 1, 10);
    recent.remember(0, 2, 20);
    recent.remember(7, 3, 30);

    assertThat(recent.find(0)).isEqualTo(new RecentMessages.Remembered(2, 20));
    assertThat(recent.find(7)).isEqualTo(new RecentMessages.Remembered(3, 30));
  }

  @Test
  void clearingForgetsEverything() {
    RecentMessages recent = new RecentMessages(10);
    recent.remember(4, 1, 10);
    recent.clear();

    assertThat(recent.find(4)).isNull();
  }
}
