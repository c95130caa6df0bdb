package dev.gryag.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.model.ChatId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottleTest {

  private final FakeTime time = new FakeTime();
  private final Instant start = time.instant();
  private final Throttle throttle = new Throttle(SendLimits.TELEGRAM, time, time);

  private Instant send(ChatId chat) throws InterruptedException {
    Throttle.Lane lane = throttle.enter(chat);
    try {
      return throttle.awaitTurn(lane);
    } finally {
      throttle.leave(lane);
    }
  }

  private Duration since(Instant at) {
    return Duration.between(start, at);
  }

  @Test
  void one_chat_gets_one_message_a_second() throws Exception {
    List<Duration> at = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      at.add(since(send(ChatId.of(111))));
    }

    assertThat(at)
        .containsExactly(
            Duration.ZERO,
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(3),
            Duration.ofSeconds(4));
  }

  @Test
  void a_group_gets_twenty_messages_a_minute() throws Exception {
    List<Duration> at = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      at.add(since(send(ChatId.of(-1001))));
    }

    assertThat(at.get(19)).isEqualTo(Duration.ofSeconds(19));
    assertThat(at.get(20)).isEqualTo(Duration.ofSeconds(60));
    assertThat(at.get(21)).isEqualTo(Duration.ofSeconds(61));
  }

  @Test
  void all_chats_together_get_thirty_messages_a_second() throws Exception {
    List<Instant> at = new ArrayList<>();
    for (int chat = 1; chat <= 90; chat++) {
      at.add(send(ChatId.of(chat)));
    }

    for (Instant t : at) {
      long inWindow =
          at.stream().filter(o -> !o.isBefore(t) && o.isBefore(t.plusSeconds(1))).count();
      assertThat(inWindow).isLessThanOrEqualTo(30);
    }
    assertThat(since(at.get(89))).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void a_busy_chat_does_not_delay_a_chat_that_is_ready() throws Exception {
    ChatId busy = ChatId.of(-100111);
    ChatId quiet = ChatId.of(-100222);
    for (int i = 0; i < 10; i++) {
      send(busy);
    }
    Instant now = time.instant();

    Instant quietAt = send(quiet);
    Instant busyAt = send(busy);

    assertThat(Duration.between(now, quietAt)).isLessThanOrEqualTo(Duration.ofMillis(34));
    assertThat(Duration.between(now, busyAt)).isGreaterThanOrEqualTo(Duration.ofMillis(966));
  }

  @Test
  void a_thread_that_woke_late_cannot_depart_right_after_another() throws Exception {
    Instant first = throttle.depart();
    time.sleep(Duration.ofMillis(10)); // the next thread is on time, the previous one was late

    Instant second = throttle.depart();

    assertThat(Duration.between(first, second)).isEqualTo(SendLimits.TELEGRAM.overallInterval());
    assertThat(time.sleeps().getLast())
        .isEqualTo(SendLimits.TELEGRAM.overallInterval().minusMillis(10));
  }

  @Test
  void a_pause_holds_the_chat_back_for_its_duration() throws Exception {
    ChatId chat = ChatId.of(111);
    send(chat);
    Throttle.Lane lane = throttle.enter(chat);
    try {
      throttle.pause(lane, Duration.ofSeconds(7));
      Instant next = throttle.awaitTurn(lane);

      assertThat(since(next)).isEqualTo(Duration.ofSeconds(7));
    } finally {
      throttle.leave(lane);
    }
  }

  @Test
  void lanes_of_chats_idle_for_a_minute_are_forgotten() throws Exception {
    send(ChatId.of(111));
    send(ChatId.of(222));
    assertThat(throttle.lanes()).isEqualTo(2);

    time.sleep(Duration.ofMinutes(2));
    send(ChatId.of(111));

    assertThat(throttle.lanes()).isEqualTo(1);
  }
}
