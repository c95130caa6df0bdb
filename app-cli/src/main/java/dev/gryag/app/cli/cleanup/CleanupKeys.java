package dev.gryag.app.cli.cleanup;

import dev.gryag.core.cleanup.Compaction;
import dev.gryag.core.cleanup.RetentionPolicy;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * The bot's retention keys {@code gryag cleanup} honours, read from the environment with the bot's
 * defaults and ranges; a bad value is a usage error naming its key.
 *
 * @param maxPerChat {@value #MESSAGES_PER_CHAT}: most messages kept per chat
 * @param summaries {@value #SUMMARIES}: how old messages are summarised; empty when unset
 * @param summaryWords {@value #SUMMARY_WORDS}: longest summary, in words
 * @param summaryMaxAge {@value #RETENTION_SUMMARIES}: how long summaries are kept
 */
record CleanupKeys(
    int maxPerChat, Optional<Compaction> summaries, int summaryWords, Duration summaryMaxAge) {

  static final String RETENTION_MESSAGES = "GRYAG_RETENTION_MESSAGES";
  static final String MESSAGES_PER_CHAT = "GRYAG_RETENTION_MESSAGES_PER_CHAT";
  static final String SUMMARIES = "GRYAG_SUMMARIES";
  static final String SUMMARY_WORDS = "GRYAG_SUMMARY_WORDS";
  static final String RETENTION_SUMMARIES = "GRYAG_RETENTION_SUMMARIES";

  static CleanupKeys read(CommandLine cli, Map<String, String> environment) {
    return new CleanupKeys(
        integer(cli, environment, MESSAGES_PER_CHAT, 100_000, 1000, 1_000_000_000),
        value(environment, SUMMARIES).map(v -> compaction(cli, v)),
        integer(cli, environment, SUMMARY_WORDS, 200, 20, 2000),
        summaryMaxAge(cli, environment));
  }

  /** The age of messages kept: {@code option} if given, else the bot's key, else 90 days. */
  static Duration messageAge(CommandLine cli, Map<String, String> environment, Duration option) {
    if (option != null) {
      return Durations.atLeastOneMinute(cli, "--messages-older-than", option);
    }
    Optional<String> configured = value(environment, RETENTION_MESSAGES);
    if (configured.isEmpty()) {
      return RetentionPolicy.DEFAULTS.messages().maxAge();
    }
    try {
      return Durations.atLeastOneMinute(cli, RETENTION_MESSAGES, Durations.parse(configured.get()));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, RETENTION_MESSAGES + ": " + e.getMessage());
    }
  }

  /** The bot's retention policy with messages kept for {@code age} and compacted so. */
  RetentionPolicy policy(Duration age, Compaction compaction) {
    RetentionPolicy defaults = RetentionPolicy.DEFAULTS;
    return new RetentionPolicy(
        new RetentionPolicy.MessageRetention(age, maxPerChat, compaction),
        defaults.profileIdleAfter(),
        defaults.factFloor(),
        defaults.analysisCacheMaxAge(),
        summaryMaxAge);
  }

  private static Optional<String> value(Map<String, String> environment, String key) {
    String value = environment.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static int integer(
      CommandLine cli,
      Map<String, String> environment,
      String key,
      int fallback,
      int min,
      int max) {
    Optional<String> text = value(environment, key);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(text.get());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below, like a value out of range
    }
    throw new CommandLine.ParameterException(
        cli, key + "='" + text.get() + "': expected a whole number from " + min + " to " + max);
  }

  private static Compaction compaction(CommandLine cli, String text) {
    String name = text.toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(Compaction.values())
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() ->
            new CommandLine.ParameterException(
                cli, SUMMARIES + "='" + text + "': expected one of " + names()));
  }

  static String show(Compaction compaction) {
    return compaction.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String names() {
    return Arrays.stream(Compaction.values())
        .map(CleanupKeys::show)
        .collect(Collectors.joining(", "));
  }

  private static Duration summaryMaxAge(CommandLine cli, Map<String, String> environment) {
    Optional<String> text = value(environment, RETENTION_SUMMARIES);
    if (text.isEmpty()) {
      return RetentionPolicy.DEFAULTS.summaryMaxAge();
    }
    try {
      Duration age = Durations.parse(text.get());
      if (age.compareTo(Duration.ofDays(1)) >= 0) {
        return age;
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, RETENTION_SUMMARIES + ": " + e.getMessage());
    }
    throw new CommandLine.ParameterException(
        cli, RETENTION_SUMMARIES + " must be at least 1 day, was " + text.get());
  }
}
