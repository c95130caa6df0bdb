package dev.gryag.app.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.adapter.llm.LlmSettings;
import dev.gryag.adapter.persistence.DatabaseSettings;
import dev.gryag.adapter.telegram.TelegramSettings;
import dev.gryag.core.cleanup.RetentionSettings;
import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.Setting;
import dev.gryag.core.settings.ReplyPolicy;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsRegistryTest {

  @Test
  void everySettingHasItsDefaultWhenNothingIsSet() {
    Configuration config = Configuration.load(SettingsRegistry.all(), Map.of());

    assertThat(config.get(Settings.MIN_SILENCE)).isEqualTo(ReplyPolicy.DEFAULTS.minSilence());
    assertThat(config.get(Settings.RANDOM_REPLY_CHANCE))
        .isEqualTo(ReplyPolicy.DEFAULTS.randomChance());
    assertThat(config.get(Settings.ACCESS_MODE)).isEqualTo(Settings.AccessMode.ALL);
    assertThat(config.get(Settings.ADMIN_IDS)).isEmpty();
    assertThat(config.isSet(TelegramSettings.TELEGRAM_BOT_TOKEN)).isFalse();
    assertThat(config.source(Settings.MIN_SILENCE)).isEqualTo(Configuration.Source.DEFAULT);
  }

  @Test
  void environmentValuesAreParsed() {
    Configuration config =
        Configuration.load(
            SettingsRegistry.all(),
            Map.of(
                "GRYAG_ADMIN_IDS", " 1, 22 ,333",
                "GRYAG_CHAT_LIST", "-1001234567890",
                "GRYAG_MIN_SILENCE", "90s",
                "GRYAG_SHUTDOWN_TIMEOUT", "PT2M",
                "GRYAG_ACCESS_MODE", "allow-list"));

    assertThat(config.get(Settings.ADMIN_IDS)).containsExactly(1L, 22L, 333L);
    assertThat(config.get(Settings.CHAT_LIST)).containsExactly(-1001234567890L);
    assertThat(config.get(Settings.MIN_SILENCE)).isEqualTo(Duration.ofSeconds(90));
    assertThat(config.get(Settings.SHUTDOWN_TIMEOUT)).isEqualTo(Duration.ofMinutes(2));
    assertThat(config.get(Settings.ACCESS_MODE)).isEqualTo(Settings.AccessMode.ALLOW_LIST);
    assertThat(config.source(Settings.MIN_SILENCE)).isEqualTo(Configuration.Source.ENVIRONMENT);
  }

  @Test
  void everySettingHasADescriptionAndAValidDefaultAndEveryModulesKeysAreThere() {
    List<Setting<?>> all = SettingsRegistry.all();
    assertThat(all).extracting(Setting::key).doesNotHaveDuplicates();
    assertThat(all).allSatisfy(s -> assertThat(s.doc()).isNotBlank().endsWith("."));
    assertThat(all)
        .containsAll(TelegramSettings.all())
        .containsAll(LlmSettings.all())
        .containsAll(DatabaseSettings.all())
        .containsAll(RetentionSettings.all())
        .containsAll(Settings.all())
        .contains(Configuration.CONFIG_FILE);
    Configuration defaults = Configuration.load(all, Map.of());
    assertThat(defaults.warnings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        Settings.class,
        TelegramSettings.class,
        LlmSettings.class,
        DatabaseSettings.class,
        RetentionSettings.class
      })
  void everyDeclaredSettingIsRegistered(Class<?> declarations) throws Exception {
    for (Field field : declarations.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Setting.class) {
        assertThat(SettingsRegistry.all())
            .as(field.getName())
            .contains((Setting<?>) field.get(null));
      }
    }
  }

  @Test
  void secretsAreTheTokensTheApiKeysThePasswordsAndTheWebhookSecret() {
    assertThat(SettingsRegistry.all())
        .filteredOn(Setting::secret)
        .extracting(Setting::key)
        .containsExactlyInAnyOrder(
            "TELEGRAM_BOT_TOKEN",
            "GRYAG_WEBHOOK_SECRET",
            "GRYAG_OPS_TOKEN",
            "GEMINI_API_KEY",
            "OPENAI_API_KEY",
            "GROQ_API_KEY",
            "MISTRAL_API_KEY",
            "OPENROUTER_API_KEY",
            "OLLAMA_API_KEY",
            "LLAMACPP_API_KEY",
            "DATABASE_URL",
            "GRYAG_DB_PASSWORD");
  }
}
