package dev.gryag.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyPolicyTest {

  private final Pattern names = ReplyPolicy.compile(ReplyPolicy.DEFAULT_KEYWORDS);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "гряг, ти тут?",
        "Гряга не питали",
        "дай грягу слово",
        "з Грягом нудно",
        "ГРЯГОВІ привіт",
        "Гряже, скажи",
        "hey gryag!",
        "Gryaga is here",
        "гряг",
        "це (гряг) сказав"
      })
  void the_default_keywords_find_the_name_in_any_case_ending(String text) {
    assertThat(names.matcher(text).find()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"багряг", "грягоподібний", "gryagster2000x", "грязь", "гряг_бот", ""})
  void the_default_keywords_ignore_longer_words_that_merely_contain_the_name(String text) {
    assertThat(names.matcher(text).find()).isFalse();
  }

  @Test
  void an_invalid_keyword_pattern_is_refused_naming_the_field() {
    assertThatThrownBy(() -> ReplyPolicy.DEFAULTS.withKeywordPattern("(unclosed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keywordPattern");
  }

  @Test
  void chances_outside_zero_to_one_are_refused_naming_the_field() {
    assertThatThrownBy(() -> ReplyPolicy.DEFAULTS.withChances(1.5, 0.1, 0.1))
        .hasMessageContaining("randomChance");
    assertThatThrownBy(() -> ReplyPolicy.DEFAULTS.withChances(0.1, -0.1, 0.1))
        .hasMessageContaining("smartChance");
    assertThatThrownBy(() -> ReplyPolicy.DEFAULTS.withChances(0.1, 0.1, Double.NaN))
        .hasMessageContaining("smartThreshold");
  }

  @Test
  void negative_durations_and_caps_are_refused() {
    assertThatThrownBy(() -> ReplyPolicy.DEFAULTS.withUnsolicitedLimits(Duration.ofMinutes(-1), 1))
        .hasMessageContaining("minSilence");
    assertThatThrownBy(() -> ReplyPolicy.DEFAULTS.withUnsolicitedLimits(Duration.ZERO, -1))
        .hasMessageContaining("maxUnsolicitedPerHour");
    assertThatThrownBy(() -> ReplyPolicy.DEFAULTS.withStaleAfter(Duration.ofSeconds(-5)))
        .hasMessageContaining("staleAfter");
  }

  @Test
  void the_defaults_enable_every_trigger() {
    for (Trigger trigger : Trigger.values()) {
      assertThat(ReplyPolicy.DEFAULTS.enables(trigger)).as(trigger.name()).isTrue();
    }
    assertThat(ReplyPolicy.DEFAULTS.withTriggers(Set.of(Trigger.MENTION)).enables(Trigger.KEYWORD))
        .isFalse();
  }
}
