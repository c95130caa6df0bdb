package dev.gryag.core.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentificationTest {

  private final LocalAnalyzer analyzer = LocalAnalyzer.withDefaults();

  private LanguageGuess guess(String text) {
    return analyzer.analyze(text).language();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Привіт, як справи? | UK",
        "Привет, как дела? | RU",
        "Hey, how are you doing? | EN",
        "що робиш | UK",
        "что делаешь | RU",
        "їжак | UK",
        "объявление | RU",
        "мʼята | UK",
        "м'ята | UK",
        "privet kak dela | RU",
        "pryvit yak spravy | UK",
        "dyakuyu duzhe | UK",
        "spasibo bolshoe | RU",
        "Ich habe heute keine Zeit | OTHER",
        "¿Dónde está la estación? | OTHER",
        "Dziękuję bardzo, jesteś super | OTHER",
        "Ўсё добра, дзякуй | OTHER",
        "こんにちは、元気ですか | OTHER",
        "😂😂😂 | UNKNOWN",
        "https://example.com | UNKNOWN",
        "? | UNKNOWN",
        "+ | UNKNOWN",
        "12345 | UNKNOWN"
      })
  void tellsTheLanguage(String text, Language language) {
    assertThat(guess(text).language()).isEqualTo(language);
  }

  @Test
  void telltaleLettersDecideShortMessages() {
    assertThat(guess("ні").language()).isEqualTo(Language.UK);
    assertThat(guess("ёж").language()).isEqualTo(Language.RU);
    assertThat(guess("эх").language()).isEqualTo(Language.RU);
    assertThat(guess("є").language()).isEqualTo(Language.UNKNOWN); // one letter is too little
  }

  @Test
  void theUnknownGuessHasNoConfidence() {
    assertThat(guess("👍")).isEqualTo(LanguageGuess.UNKNOWN);
  }

  @Test
  void confidenceGrowsWithEvidence() {
    assertThat(guess("Привіт усім, сьогодні ми їдемо в Карпати на цілий тиждень").confidence())
        .isGreaterThan(0.9);
    assertThat(guess("так").confidence()).isLessThan(0.9);
  }

  @Test
  void codeSwitchingIsMixedWithTheSecondLanguage() {
    LanguageGuess ukEn = guess("я сьогодні на meeting, потім call with the team, пізніше напишу");
    assertThat(ukEn.language()).isEqualTo(Language.UK);
    assertThat(ukEn.mixed()).isTrue();
    assertThat(ukEn.secondary()).isEqualTo(Language.EN);

    LanguageGuess enRu = guess("honestly this is the best day ever, спасибо всем");
    assertThat(enRu.language()).isEqualTo(Language.EN);
    assertThat(enRu.secondary()).isEqualTo(Language.RU);

    LanguageGuess surzhyk = guess("він мені каже: ну и что ты хочешь? а я йому: нічого");
    assertThat(surzhyk.language()).isEqualTo(Language.UK);
    assertThat(surzhyk.mixed()).isTrue();
    assertThat(surzhyk.secondary()).isEqualTo(Language.RU);
  }

  @Test
  void aLoanWordDoesNotMakeAMessageMixed() {
    LanguageGuess guess = guess("купив новий iPhone, камера просто вогонь");
    assertThat(guess.language()).isEqualTo(Language.UK);
    assertThat(guess.mixed()).isFalse();
  }
}
