package dev.gryag.app.cli.cleanup;

import dev.gryag.core.cleanup.Compaction;
import dev.gryag.core.cleanup.RetentionPolicy;
import dev.gryag.core.cleanup.RetentionSettings;
import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.ConfigurationException;
import dev.gryag.core.config.SettingTypes;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The bot's retention keys {@code gryag cleanup} honours: the same declarations ({@link
 * RetentionSettings}), read from the environment with the bot's defaults and ranges; a bad value is
 * a usage error naming its key.
 *
 * @param maxPerChat {@code GRYAG_RETENTION_MESSAGES_PER_CHAT}: most messages kept per chat
 * @param summaries {@code GRYAG_SUMMARIES}: how old messages are summarised; empty when unset
 * @param summaryWords {@code GRYAG_SUMMARY_WORDS}: longest summary, in words
 * @param summaryMaxAge {@code GRYAG_RETENTION_SUMMARIES}: how long summaries are kept
 */
record CleanupKeys(
    int maxPerChat, Optional<Compaction> summaries, int summaryWords, Duration summaryMaxAge) {

  static final String RETENTION_MESSAGES = RetentionSettings.RETENTION_MESSAGES.key();
  static final String SUMMARIES = RetentionSettings.SUMMARIES.key();
  static final String SUMMARY_WORDS = RetentionSettings.SUMMARY_WORDS.key();

  static CleanupKeys read(CommandLine cli, Map<String, String> environment) {
    Configuration config = load(cli, environment);
    return new CleanupKeys(
        config.get(RetentionSettings.RETENTION_MESSAGES_PER_CHAT),
        config.isSet(RetentionSettings.SUMMARIES)
            ? Optional.of(config.get(RetentionSettings.SUMMARIES))
            : Optional.empty(),
        config.get(RetentionSettings.SUMMARY_WORDS),
        config.get(RetentionSettings.RETENTION_SUMMARIES));
  }

  /** The age of messages kept: {@code option} if given, else the bot's key, else 90 days. */
  static Duration messageAge(CommandLine cli, Map<String, String> environment, Duration option) {
    if (option != null) {
      return Durations.atLeastOneMinute(cli, "--messages-older-than", option);
    }
    return load(cli, environment).get(RetentionSettings.RETENTION_MESSAGES);
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

  static String show(Compaction compaction) {
    return SettingTypes.name(compaction);
  }

  private static Configuration load(CommandLine cli, Map<String, String> environment) {
    try {
      return Configuration.of(RetentionSettings.all(), environment);
    } catch (ConfigurationException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
  }
}
