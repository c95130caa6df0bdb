package dev.gryag.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryHintsTest {

  private final FakeTime time = new FakeTime();

  @Test
  void retry_after_takes_seconds_or_an_http_date() {
    assertThat(RetryHints.fromRetryAfter("120", time)).contains(Duration.ofSeconds(120));
    assertThat(RetryHints.fromRetryAfter("Sat, 01 Mar 2025 12:01:00 GMT", time))
        .contains(Duration.ofMinutes(1));
    assertThat(RetryHints.fromRetryAfter("Sat, 01 Mar 2025 11:00:00 GMT", time))
        .contains(Duration.ZERO);
    assertThat(RetryHints.fromRetryAfter("soon", time)).isEmpty();
    assertThat(RetryHints.fromRetryAfter(null, time)).isEmpty();
  }

  @Test
  void absurd_hints_are_clamped_to_a_day() {
    assertThat(RetryHints.fromRetryAfter("99999999999999999999999", time))
        .contains(Duration.ofDays(1));
    assertThat(RetryHints.parseDuration("100000h")).contains(Duration.ofDays(1));
  }

  @Test
  void durations_in_go_and_protobuf_style_are_read() {
    assertThat(RetryHints.parseDuration("37s")).contains(Duration.ofSeconds(37));
    assertThat(RetryHints.parseDuration("47.434392449s"))
        .contains(Duration.ofSeconds(47).plusNanos(434_392_449));
    assertThat(RetryHints.parseDuration("1m30.5s")).contains(Duration.ofMillis(90_500));
    assertThat(RetryHints.parseDuration("2h0m1s")).contains(Duration.ofSeconds(7201));
    assertThat(RetryHints.parseDuration("250ms")).contains(Duration.ofMillis(250));
    assertThat(RetryHints.parseDuration("6m")).contains(Duration.ofMinutes(6));
    assertThat(RetryHints.parseDuration("")).isEmpty();
    assertThat(RetryHints.parseDuration("later")).isEmpty();
  }

  @Test
  void hints_written_in_messages_are_found() {
    assertThat(RetryHints.fromMessage("Quota exceeded. Please retry in 37.5s."))
        .contains(Duration.ofMillis(37_500));
    assertThat(RetryHints.fromMessage("Rate limit reached. Please try again in 1m2.5s. Visit"))
        .contains(Duration.ofMillis(62_500));
    assertThat(RetryHints.fromMessage("Please try again in 20ms.")).contains(Duration.ofMillis(20));
    assertThat(RetryHints.fromMessage("Please try again later.")).isEmpty();
    assertThat(RetryHints.fromMessage(null)).isEmpty();
  }
}
