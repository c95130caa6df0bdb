package dev.gryag.core.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.ConfigurationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionSettingsTest {

  @Test
  void theDefaultsAreTheDocumentedPolicyWithSummariesRequired() {
    RetentionPolicy policy =
        RetentionSettings.policy(Configuration.of(RetentionSettings.all(), Map.of()));

    assertThat(policy.messages().maxAge()).isEqualTo(Duration.ofDays(90));
    assertThat(policy.messages().maxPerChat()).isEqualTo(100_000);
    assertThat(policy.messages().compaction()).isEqualTo(Compaction.REQUIRED);
    assertThat(policy.summaryMaxAge()).isEqualTo(Duration.ofDays(730));
    assertThat(RetentionSettings.RETENTION_MESSAGES.defaultText()).isEqualTo("90d");
    assertThat(RetentionSettings.RETENTION_SUMMARIES.defaultText()).isEqualTo("730d");
  }

  @Test
  void theKeysAreReadWithinTheirRanges() {
    Configuration config =
        Configuration.of(
            RetentionSettings.all(),
            Map.of(
                "GRYAG_RETENTION_MESSAGES", "12h",
                "GRYAG_SUMMARIES", "best-effort",
                "GRYAG_RETENTION_SUMMARIES", "P365D"));
    RetentionPolicy policy = RetentionSettings.policy(config);
    assertThat(policy.messages().maxAge()).isEqualTo(Duration.ofHours(12));
    assertThat(policy.messages().compaction()).isEqualTo(Compaction.BEST_EFFORT);
    assertThat(policy.summaryMaxAge()).isEqualTo(Duration.ofDays(365));

    assertThatThrownBy(() ->
            Configuration.of(
                RetentionSettings.all(),
                Map.of(
                    "GRYAG_RETENTION_MESSAGES", "5s",
                    "GRYAG_SUMMARY_WORDS", "lots",
                    "GRYAG_SUMMARIES", "maybe")))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "GRYAG_RETENTION_MESSAGES: expected a duration from 1h to 36500d, got"
                            + " \"5s\"",
                        "GRYAG_SUMMARIES: expected one of off, best-effort, required, got"
                            + " \"maybe\"",
                        "GRYAG_SUMMARY_WORDS: expected a whole number from 20 to 2000, got"
                            + " \"lots\""));
  }
}
