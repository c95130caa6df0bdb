package dev.gryag.adapter.llm;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a server's "wait this long before retrying" hints from headers, bodies and messages. */
final class RetryHints {

  /** {@code 37s}, {@code 37.5s}, {@code 1m30s}, {@code 2h0m1.5s}, {@code 250ms}. */
  private static final Pattern DURATION =
      Pattern.compile(
          "(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+(?:\\.\\d+)?)s)?|(\\d+(?:\\.\\d+)?)ms",
          Pattern.CASE_INSENSITIVE);

  /** "Please retry in 37.5s", "Please try again in 7.66s", "try again in 1m30s". */
  private static final Pattern MESSAGE_HINT =
      Pattern.compile(
          "(?:retry|try again) in (\\d+(?:\\.\\d+)?ms"
              + "|(?=\\d)(?:\\d+h)?(?:\\d+m(?!s))?(?:\\d+(?:\\.\\d+)?s)?)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Duration MAX_HINT = Duration.ofDays(1);

  private RetryHints() {}

  /** A {@code Retry-After} header: delta-seconds or an HTTP-date, measured from {@code clock}. */
  static Optional<Duration> fromRetryAfter(String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.strip();
    if (value.chars().allMatch(Character::isDigit)) {
      return Optional.of(clamp(new BigDecimal(value)));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A Go/protobuf-style duration such as Gemini's {@code retryDelay} ({@code "37s"}). */
  static Optional<Duration> parseDuration(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher m = DURATION.matcher(text.strip());
    if (!m.matches() || m.group(0).isEmpty()) {
      return Optional.empty();
    }
    if (m.group(4) != null) {
      return Optional.of(clamp(new BigDecimal(m.group(4)).movePointLeft(3)));
    }
    BigDecimal seconds = BigDecimal.ZERO;
    if (m.group(1) != null) {
      seconds = seconds.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(3600)));
    }
    if (m.group(2) != null) {
      seconds = seconds.add(new BigDecimal(m.group(2)).multiply(BigDecimal.valueOf(60)));
    }
    if (m.group(3) != null) {
      seconds = seconds.add(new BigDecimal(m.group(3)));
    }
    return Optional.of(clamp(seconds));
  }

  /** A hint written in an error message, as Gemini, OpenAI and Groq do. */
  static Optional<Duration> fromMessage(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher m = MESSAGE_HINT.matcher(message);
    return m.find() ? parseDuration(m.group(1)) : Optional.empty();
  }

  /** Any hint beyond a day is as good as "not soon"; clamping keeps the arithmetic finite. */
  private static Duration clamp(BigDecimal seconds) {
    if (seconds.compareTo(BigDecimal.valueOf(MAX_HINT.toSeconds())) > 0) {
      return MAX_HINT;
    }
    return Duration.ofNanos(seconds.movePointRight(9).longValue());
  }
}
