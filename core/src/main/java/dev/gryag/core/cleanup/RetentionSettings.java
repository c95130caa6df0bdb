package dev.gryag.core.cleanup;

import static dev.gryag.core.config.SettingGroup.STORAGE;

import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.Durations;
import dev.gryag.core.config.Setting;
import dev.gryag.core.config.SettingTypes;
import java.time.Duration;
import java.util.List;

/**
 * The retention keys, read by the bot's scheduled cleanup and by {@code gryag cleanup} alike: how
 * long messages and summaries are kept, and how old messages are summarised before they go.
 */
public final class RetentionSettings {

  private static final Duration CENTURY = Duration.ofDays(36_500);

  public static final Setting<Duration> RETENTION_MESSAGES =
      Setting.of(
          "GRYAG_RETENTION_MESSAGES",
          STORAGE,
          SettingTypes.duration(Duration.ofHours(1), CENTURY),
          Durations.format(RetentionPolicy.DEFAULTS.messages().maxAge()),
          "How long messages are kept; older ones are summarised (GRYAG_SUMMARIES), then deleted;"
              + " important ones (pinned, a fact's source) stay.");
  public static final Setting<Integer> RETENTION_MESSAGES_PER_CHAT =
      Setting.of(
          "GRYAG_RETENTION_MESSAGES_PER_CHAT",
          STORAGE,
          SettingTypes.integer(1000, 1_000_000_000),
          String.valueOf(RetentionPolicy.DEFAULTS.messages().maxPerChat()),
          "Most messages kept per chat; beyond it the oldest go the same way.");
  public static final Setting<Compaction> SUMMARIES =
      Setting.of(
          "GRYAG_SUMMARIES",
          STORAGE,
          SettingTypes.oneOf(Compaction.class),
          SettingTypes.name(Compaction.REQUIRED),
          "Summarise old messages with the model before deleting them, for later prompts:"
              + " required (a failed summary keeps them for the next run), best-effort (they go"
              + " anyway), off.");
  public static final Setting<Integer> SUMMARY_WORDS =
      Setting.of(
          "GRYAG_SUMMARY_WORDS",
          STORAGE,
          SettingTypes.integer(20, 2000),
          "200",
          "Longest summary of a run of old messages (up to 200 messages of a chat), in words.");
  public static final Setting<Duration> RETENTION_SUMMARIES =
      Setting.of(
          "GRYAG_RETENTION_SUMMARIES",
          STORAGE,
          SettingTypes.duration(Duration.ofDays(1), CENTURY),
          Durations.format(RetentionPolicy.DEFAULTS.summaryMaxAge()),
          "How long summaries are kept, counted from the end of the period they cover.");

  private RetentionSettings() {}

  /** Every retention key, in documentation order. */
  public static List<Setting<?>> all() {
    return List.of(
        RETENTION_MESSAGES,
        RETENTION_MESSAGES_PER_CHAT,
        SUMMARIES,
        SUMMARY_WORDS,
        RETENTION_SUMMARIES);
  }

  /** The retention policy: messages and summaries as configured, the rest at the defaults. */
  public static RetentionPolicy policy(Configuration config) {
    RetentionPolicy defaults = RetentionPolicy.DEFAULTS;
    return new RetentionPolicy(
        new RetentionPolicy.MessageRetention(
            config.get(RETENTION_MESSAGES),
            config.get(RETENTION_MESSAGES_PER_CHAT),
            config.get(SUMMARIES)),
        defaults.profileIdleAfter(),
        defaults.factFloor(),
        defaults.analysisCacheMaxAge(),
        config.get(RETENTION_SUMMARIES));
  }
}
