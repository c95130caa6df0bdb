package dev.gryag.app.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigurationReferenceTest {

  @Test
  void docsConfigurationIsGeneratedFromEveryModulesSettings() throws Exception {
    Path docs = Path.of("..", "docs", "configuration.md");
    assertThat(Files.readString(docs))
        .as(
            "docs/configuration.md is out of date: regenerate it with"
                + " ./gryag bot --config-reference > docs/configuration.md (its prose is in"
                + " app-bot/src/main/resources/dev/gryag/app/bot/config/configuration.md)")
        .isEqualTo(ConfigurationReference.markdown(SettingsRegistry.all()));
  }

  @Test
  void everyKeyHasARowWithItsDefaultAndWhatItAllows() {
    String page = ConfigurationReference.markdown(SettingsRegistry.all());

    SettingsRegistry.all().forEach(s -> assertThat(page).contains("| `" + s.key() + "` |"));
    assertThat(page)
        .contains("| `GRYAG_DB_CONNECT_TIMEOUT` | `5s` | 250ms–10m |")
        .contains("| `GRYAG_LLM_MAX_RESPONSE_BYTES` | `16MiB` | at least 1KiB |")
        .contains("| `GRYAG_LLM_MISTRAL_MODEL` | `mistral-small-latest` |")
        .doesNotContain("{{");
  }
}
