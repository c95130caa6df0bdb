package dev.gryag.app.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.settings.ReplyPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {

  private static final String TOKEN = "123456:AAHsecretTOKENvalue";

  @Test
  void everySettingHasItsDefaultWhenNothingIsSet() {
    Configuration config = Configuration.load(Settings.all(), Map.of());

    assertThat(config.get(Settings.MIN_SILENCE)).isEqualTo(ReplyPolicy.DEFAULTS.minSilence());
    assertThat(config.get(Settings.RANDOM_REPLY_CHANCE))
        .isEqualTo(ReplyPolicy.DEFAULTS.randomChance());
    assertThat(config.get(Settings.ACCESS_MODE)).isEqualTo(Settings.AccessMode.ALL);
    assertThat(config.get(Settings.ADMIN_IDS)).isEmpty();
    assertThat(config.isSet(Settings.TELEGRAM_BOT_TOKEN)).isFalse();
    assertThat(config.source(Settings.MIN_SILENCE)).isEqualTo(Configuration.Source.DEFAULT);
  }

  @Test
  void environmentValuesAreParsed() {
    Configuration config =
        Configuration.load(
            Settings.all(),
            Map.of(
                "GRYAG_ADMIN_IDS", " 1, 22 ,333",
                "GRYAG_MIN_SILENCE", "90s",
                "GRYAG_SHUTDOWN_TIMEOUT", "PT2M",
                "GRYAG_ACCESS_MODE", "allow-list"));

    assertThat(config.get(Settings.ADMIN_IDS)).containsExactly(1L, 22L, 333L);
    assertThat(config.get(Settings.MIN_SILENCE)).isEqualTo(Duration.ofSeconds(90));
    assertThat(config.get(Settings.SHUTDOWN_TIMEOUT)).isEqualTo(Duration.ofMinutes(2));
    assertThat(config.get(Settings.ACCESS_MODE)).isEqualTo(Settings.AccessMode.ALLOW_LIST);
    assertThat(config.source(Settings.MIN_SILENCE)).isEqualTo(Configuration.Source.ENVIRONMENT);
  }

  @Test
  void everyBadKeyIsReportedOnceWithItsValueAndWhatIsAllowed() {
    assertThatThrownBy(() ->
            Configuration.load(
                Settings.all(),
                Map.of(
                    "GRYAG_RANDOM_REPLY_CHANCE", "1.5",
                    "GRYAG_MIN_SILENCE", "soon",
                    "GRYAG_ACCESS_MODE", "everyone")))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "GRYAG_RANDOM_REPLY_CHANCE='1.5': expected a number from 0.0 to 1.0",
                        "GRYAG_MIN_SILENCE='soon': expected a duration such as 500ms, 30s, 5m,"
                            + " 2h, 7d or PT30S",
                        "GRYAG_ACCESS_MODE='everyone': expected one of all, allow-list,"
                            + " deny-list"));
  }

  @Test
  void theFileOverridesTheEnvironmentAndUnknownFileKeysAreErrors(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("gryag.properties");
    Files.writeString(file, "GRYAG_MIN_SILENCE=1m\n");
    Configuration config =
        Configuration.load(
            Settings.all(),
            Map.of("GRYAG_MIN_SILENCE", "5m", "GRYAG_CONFIG_FILE", file.toString()));
    assertThat(config.get(Settings.MIN_SILENCE)).isEqualTo(Duration.ofMinutes(1));
    assertThat(config.source(Settings.MIN_SILENCE)).isEqualTo(Configuration.Source.FILE);

    Files.writeString(file, "GRYAG_MIN_SILENSE=1m\n");
    assertThatThrownBy(
            () -> Configuration.load(Settings.all(), Map.of("GRYAG_CONFIG_FILE", file.toString())))
        .hasMessageContaining(
            "GRYAG_MIN_SILENSE: unknown key in the configuration file (did you mean"
                + " GRYAG_MIN_SILENCE?)");
  }

  @Test
  void aMissingFileNamesTheKeyAndThePath(@TempDir Path dir) {
    String missing = dir.resolve("nope.properties").toString();
    assertThatThrownBy(
            () -> Configuration.load(Settings.all(), Map.of("GRYAG_CONFIG_FILE", missing)))
        .hasMessageContaining("GRYAG_CONFIG_FILE='" + missing + "': cannot read the file");
  }

  @Test
  void unknownGryagVariablesAreWarnedAboutWithASuggestion() {
    Configuration config =
        Configuration.load(Settings.all(), Map.of("GRYAG_PERSONNA", "x", "PATH", "/bin"));
    assertThat(config.warnings())
        .containsExactly("ignoring unknown variable GRYAG_PERSONNA (did you mean GRYAG_PERSONA?)");
  }

  @Test
  void secretsAreMaskedInDescriptionsAndErrors() {
    Configuration config =
        Configuration.load(
            Settings.all(), Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "GEMINI_API_KEY", "AIzaSECRET"));
    String described = config.describe(Settings.all());
    assertThat(described)
        .doesNotContain(TOKEN)
        .doesNotContain("AIzaSECRET")
        .contains("TELEGRAM_BOT_TOKEN")
        .contains("****** (" + TOKEN.length() + " characters)   [environment]");
    assertThat(config.get(Settings.TELEGRAM_BOT_TOKEN)).isEqualTo(TOKEN);
    assertThat(Settings.TELEGRAM_BOT_TOKEN.display("")).isEqualTo("(not set)");
  }

  @Test
  void everySettingHasADescriptionAndAValidDefault() {
    List<Setting<?>> all = Settings.all();
    assertThat(all).extracting(Setting::key).doesNotHaveDuplicates();
    assertThat(all).allSatisfy(s -> assertThat(s.description()).isNotBlank().endsWith("."));
    Configuration defaults = Configuration.load(all, Map.of());
    assertThat(defaults.warnings()).isEmpty();
  }
}
