package dev.gryag.core.personalization;

import static dev.gryag.core.personalization.PersonalizationFixtures.ALICE;
import static dev.gryag.core.personalization.PersonalizationFixtures.CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.T0;
import static dev.gryag.core.personalization.PersonalizationFixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleBasedFactExtractorTest {

  private final RuleBasedFactExtractor extractor = new RuleBasedFactExtractor();

  private Map<String, String> facts(String text) {
    return facts(message(1, ALICE, T0, text));
  }

  private Map<String, String> facts(ChatMessage message) {
    return extractor.extract(message, Analysis.EMPTY).stream()
        .collect(Collectors.toMap(ExtractedFact::key, ExtractedFact::value));
  }

  @ParameterizedTest(name = "uk: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Привіт, мене звати Олег | name | Олег",
        "мене звати олег, а тебе? | name | Олег",
        "Моє ім'я — Тарас Шевченко | name | Тарас Шевченко",
        "Моє ім’я Марія | name | Марія",
        "Називай мене Олежка | preferred_name | Олежка",
        "Я живу в Києві | city | Києві",
        "живу у Львові вже п'ять років | city | Львові",
        "Я переїхала до Одеси минулого року | city | Одеси",
        "Я з Харкова | hometown | Харкова",
        "я родом з Івано-Франківська | hometown | Івано-Франківська",
        "Я працюю програмістом | occupation | програмістом",
        "Я за професією лікар | occupation | лікар",
        "Я працюю в Епамі | employer | Епамі",
        "Мої займенники — вона/її | pronouns | вона/її",
        "Мій день народження 12 березня | birthday | --03-12",
        "Я народився 05.11.1990 | birthday | 1990-11-05",
        "Мені 27 років | age | 27",
        "Сьогодні мій день народження! | birthday | --03-03",
      })
  void readsUkrainianStatements(String text, String key, String value) {
    assertThat(facts(text)).containsEntry(key, value);
  }

  @ParameterizedTest(name = "ru: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Меня зовут Дмитрий | name | Дмитрий",
        "Всем привет! Меня зовут Анна Петрова. | name | Анна Петрова",
        "Зовите меня Дима | preferred_name | Дима",
        "Я живу в Москве | city | Москве",
        "Я из Минска | hometown | Минска",
        "Я работаю дизайнером | occupation | дизайнером",
        "работаю в Яндексе | employer | Яндексе",
        "Мои местоимения: она/её | pronouns | она/её",
        "Мой день рождения 1 мая | birthday | --05-01",
        "Я родилась в Казани | hometown | Казани",
        "Мне 30 лет | age | 30",
      })
  void readsRussianStatements(String text, String key, String value) {
    assertThat(facts(text)).containsEntry(key, value);
  }

  @ParameterizedTest(name = "en: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hi, my name is John Smith | name | John Smith",
        "Call me Johnny | preferred_name | Johnny",
        "I live in San Francisco | city | San Francisco",
        "I'm from the UK | hometown | UK",
        "I work as a software engineer at Google | occupation | software engineer",
        "I work as a software engineer at Google | employer | Google",
        "My pronouns are they/them | pronouns | they/them",
        "My birthday is on March 5th | birthday | --03-05",
        "I was born on 1990-07-14 | birthday | 1990-07-14",
        "I'm 25 years old | age | 25",
      })
  void readsEnglishStatements(String text, String key, String value) {
    assertThat(facts(text)).containsEntry(key, value);
  }

  @Test
  void oneMessageCanStateSeveralFacts() {
    assertThat(facts("Привіт! Мене звати Олег, я живу в Києві і працюю програмістом."))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("name", "Олег", "city", "Києві", "occupation", "програмістом"));
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @ValueSource(
      strings = {
        "як тебе звати?",
        "Як мене звати?",
        "А тебе як звати?",
        "Мене звати Олег?",
        "його звати Петро",
        "Я не живу в Києві",
        "Не називай мене Олежка",
        "Я з Олегом піду в кіно",
        "я з Вами згоден",
        "я працюю в суботу",
        "я працюю над проєктом",
        "Якби мене звати Олег, я був би щасливий",
        "Він сказав: «мене звати Бонд»",
        "мій день народження 31.02",
        "мені 5 хвилин до дому",
        "у мами день народження 5 травня",
        "Как тебя зовут?",
        "Где ты живешь?",
        "я с Машей гуляю",
        "Call me later",
        "call me maybe",
        "Don't call me Johnny",
        "What's your name?",
        "what is my name?",
        "Where do you live?",
        "I don't live in Paris",
        "I use Linux/Windows",
        "I work for myself",
        "",
      })
  void questionsNegationsAndOtherPeopleStateNothing(String text) {
    assertThat(facts(text)).isEmpty();
  }

  @Test
  void forwardedMessagesAndBotsStateNothing() {
    ChatMessage forwarded =
        new ChatMessage(
            new MessageRef(CHAT, 5),
            null,
            ALICE,
            Role.USER,
            T0,
            null,
            "Мене звати Олег",
            MediaKind.NONE,
            null,
            List.of(),
            true);
    ChatMessage fromBot = message(6, Author.bot(7, "Bot", "some_bot"), T0, "My name is Bot");

    assertThat(facts(forwarded)).isEmpty();
    assertThat(facts(fromBot)).isEmpty();
  }

  @Test
  void eachFactCarriesItsCategoryAndConfidence() {
    List<ExtractedFact> found =
        extractor.extract(message(1, ALICE, T0, "my name is Ann"), Analysis.EMPTY);

    assertThat(found)
        .singleElement()
        .satisfies(fact -> {
          assertThat(fact.category()).isEqualTo(FactCategory.IDENTITY);
          assertThat(fact.confidence()).isBetween(0.5, 1.0);
        });
  }
}
