package dev.gryag.core.personalization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.analyzer.Language;
import org.junit.jupiter.api.Test;

class ProfileWordingTest {

  @Test
  void ukrainianAndRussianCountsTakeTheirThreePluralForms() {
    ProfileWording uk = ProfileWording.of(Language.UK);
    ProfileWording ru = ProfileWording.of(Language.RU);

    assertThat(uk.count("messages", 1)).isEqualTo("1 повідомлення");
    assertThat(uk.count("messages", 5)).isEqualTo("5 повідомлень");
    assertThat(uk.count("messages", 11)).isEqualTo("11 повідомлень");
    assertThat(uk.count("times", 22)).isEqualTo("22 рази");
    assertThat(uk.count("times", 12)).isEqualTo("12 разів");
    assertThat(ru.count("messages", 21)).isEqualTo("21 сообщение");
    assertThat(ru.count("messages", 3)).isEqualTo("3 сообщения");
    assertThat(ru.count("messages", 14)).isEqualTo("14 сообщений");
  }

  @Test
  void englishHasTwoFormsAndOtherLanguagesFallBackToEnglish() {
    assertThat(ProfileWording.of(Language.EN).count("messages", 1)).isEqualTo("1 message");
    assertThat(ProfileWording.of(Language.EN).count("messages", 2)).isEqualTo("2 messages");
    assertThat(ProfileWording.of(Language.OTHER).text("lang.uk")).isEqualTo("Ukrainian");
  }

  @Test
  void everyLanguageTranslatesEveryPhraseOfTheEnglishBundle() throws java.io.IOException {
    java.util.Properties english = bundle("ProfileWording.properties");
    for (String file :
        new String[] {"ProfileWording_uk.properties", "ProfileWording_ru.properties"}) {
      java.util.Properties translated = bundle(file);
      assertThat(translated.stringPropertyNames())
          .as(file)
          .containsAll(english.stringPropertyNames())
          .contains("messages.few", "times.few");
    }
  }

  private static java.util.Properties bundle(String file) throws java.io.IOException {
    java.util.Properties properties = new java.util.Properties();
    try (var in = ProfileWording.class.getResourceAsStream(file)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
