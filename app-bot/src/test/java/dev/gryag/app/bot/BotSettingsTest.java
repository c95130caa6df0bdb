package dev.gryag.app.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.adapter.telegram.TelegramSettings;
import dev.gryag.app.bot.config.SettingsRegistry;
import dev.gryag.core.cleanup.CleanupOptions;
import dev.gryag.core.cleanup.Compaction;
import dev.gryag.core.cleanup.RetentionPolicy;
import dev.gryag.core.cleanup.RetentionSettings;
import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.ConfigurationException;
import dev.gryag.core.config.ListenAddress;
import dev.gryag.core.limits.Limit;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys become the core's settings: retention, cleanup runs, command limits. */
class BotSettingsTest {

  @Test
  void byDefaultOldMessagesAreSummarisedAndKeptWhenASummaryFails() {
    Configuration config = Configuration.load(SettingsRegistry.all(), Map.of());

    RetentionPolicy policy = BotSettings.retention(config);
    CleanupOptions run = BotSettings.cleanupRun(config);

    assertThat(policy.messages().compaction()).isEqualTo(Compaction.REQUIRED);
    assertThat(policy.messages().maxAge()).isEqualTo(Duration.ofDays(90));
    assertThat(policy.messages().maxPerChat()).isEqualTo(100_000);
    assertThat(policy.summaryMaxAge()).isEqualTo(Duration.ofDays(730));
    assertThat(policy.profileIdleAfter()).isEqualTo(RetentionPolicy.DEFAULTS.profileIdleAfter());
    assertThat(run.dryRun()).isFalse();
    assertThat(run.budget()).isEqualTo(Duration.ofMinutes(1));
    assertThat(config.get(RetentionSettings.SUMMARY_WORDS)).isEqualTo(200);
  }

  @Test
  void theOperationsPortListensOnLoopbackUnlessGryagOpsListenOpensItWider() {
    assertThat(operations(Map.of())).contains(new ListenAddress("127.0.0.1", 9464));
    assertThat(operations(Map.of("GRYAG_OPS_PORT", "9100")))
        .contains(new ListenAddress("127.0.0.1", 9100));
    assertThat(operations(Map.of("GRYAG_OPS_LISTEN", "0.0.0.0:9100")))
        .contains(new ListenAddress("0.0.0.0", 9100));
    assertThat(operations(Map.of("GRYAG_OPS_PORT", "0"))).isEmpty();
    assertThat(operations(Map.of("GRYAG_OPS_LISTEN", "0.0.0.0:0"))).isEmpty();
    assertThatThrownBy(
            () -> operations(Map.of("GRYAG_OPS_LISTEN", "0.0.0.0:9100", "GRYAG_OPS_PORT", "0")))
        .hasMessageContaining("GRYAG_OPS_LISTEN (0.0.0.0:9100) and GRYAG_OPS_PORT (0) disagree");
  }

  private static Optional<ListenAddress> operations(Map<String, String> env) {
    return BotSettings.operations(Configuration.load(SettingsRegistry.all(), env));
  }

  @Test
  void membersMayRunTenCommandsAMinuteUnlessConfiguredOtherwise() {
    Configuration defaults = Configuration.load(SettingsRegistry.all(), Map.of());
    Configuration five =
        Configuration.load(SettingsRegistry.all(), Map.of("GRYAG_USER_COMMANDS_PER_MINUTE", "5"));

    assertThat(BotSettings.conversation(defaults).limits().commands())
        .isEqualTo(new Limit(10, Duration.ofMinutes(1), 10));
    assertThat(BotSettings.conversation(five).limits().commands())
        .isEqualTo(new Limit(5, Duration.ofMinutes(1), 5));
    assertThatThrownBy(() ->
            Configuration.load(
                SettingsRegistry.all(), Map.of("GRYAG_USER_COMMANDS_PER_MINUTE", "0")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("GRYAG_USER_COMMANDS_PER_MINUTE");
  }

  @Test
  void aGroupsAdminListIsTrustedForTenMinutesUnlessConfiguredOtherwise() {
    assertThat(
            Configuration.load(SettingsRegistry.all(), Map.of()).get(TelegramSettings.ADMINS_TTL))
        .isEqualTo(Duration.ofMinutes(10));
    assertThat(
            Configuration.load(SettingsRegistry.all(), Map.of("GRYAG_ADMINS_TTL", "90s"))
                .get(TelegramSettings.ADMINS_TTL))
        .isEqualTo(Duration.ofSeconds(90));
    assertThatThrownBy(
            () -> Configuration.load(SettingsRegistry.all(), Map.of("GRYAG_ADMINS_TTL", "1s")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("GRYAG_ADMINS_TTL");
  }

  @Test
  void theRetentionKeysAreRead() {
    Configuration config =
        Configuration.load(
            SettingsRegistry.all(),
            Map.of(
                "GRYAG_SUMMARIES", "best-effort",
                "GRYAG_RETENTION_MESSAGES", "30d",
                "GRYAG_RETENTION_MESSAGES_PER_CHAT", "5000",
                "GRYAG_RETENTION_SUMMARIES", "365d",
                "GRYAG_CLEANUP_BUDGET", "10s"));

    RetentionPolicy policy = BotSettings.retention(config);

    assertThat(policy.messages())
        .isEqualTo(
            new RetentionPolicy.MessageRetention(
                Duration.ofDays(30), 5000, Compaction.BEST_EFFORT));
    assertThat(policy.summaryMaxAge()).isEqualTo(Duration.ofDays(365));
    assertThat(BotSettings.cleanupRun(config).budget()).isEqualTo(Duration.ofSeconds(10));
    assertThat(
            BotSettings.retention(
                    Configuration.load(SettingsRegistry.all(), Map.of("GRYAG_SUMMARIES", "off")))
                .messages()
                .compaction())
        .isEqualTo(Compaction.OFF);
  }

  @Test
  void badRetentionValuesStopTheStartNamingTheirKeys() {
    assertThatThrownBy(() ->
            Configuration.load(
                SettingsRegistry.all(),
                Map.of(
                    "GRYAG_SUMMARIES", "sometimes",
                    "GRYAG_SUMMARY_WORDS", "5",
                    "GRYAG_RETENTION_SUMMARIES", "2h",
                    "GRYAG_CLEANUP_BUDGET", "0s")))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "GRYAG_SUMMARIES: expected one of off, best-effort, required, got"
                            + " \"sometimes\"",
                        "GRYAG_SUMMARY_WORDS: expected a whole number from 20 to 2000, got \"5\"",
                        "GRYAG_RETENTION_SUMMARIES: expected a duration from 1d to 36500d, got"
                            + " \"2h\"",
                        "GRYAG_CLEANUP_BUDGET: expected a duration from 1s to 1h, got \"0s\""));
  }
}
