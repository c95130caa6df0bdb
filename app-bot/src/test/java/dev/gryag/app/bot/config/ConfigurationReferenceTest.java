package dev.gryag.app.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigurationReferenceTest {

  @Test
  void docsConfigurationListsEveryKeyWithItsDefaultAndMeaning() throws Exception {
    Path docs = Path.of("..", "docs", "configuration.md");
    String text = Files.readString(docs);
    assertThat(text)
        .as(
            "docs/configuration.md is out of date: regenerate its bot tables with"
                + " ./gryag bot --config-reference")
        .contains(ConfigurationReference.markdown(Settings.all()));
  }
}
