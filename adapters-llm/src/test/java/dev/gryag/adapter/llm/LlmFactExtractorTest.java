package dev.gryag.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.DataFence;
import dev.gryag.core.llm.Injections;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.llm.LanguageModelException.Kind;
import dev.gryag.core.llm.TokenUsage;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import dev.gryag.core.personalization.ExtractedFact;
import dev.gryag.core.personalization.FactCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LlmFactExtractorTest {

  static final String STATEMENT =
      "Привіт усім, мене звати Оксана, я живу у Львові і працюю лікаркою";

  private final List<ChatRequest> requests = new ArrayList<>();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(LlmFactExtractor.class);

  @BeforeEach
  void listen() {
    logs.start();
    logger.addAppender(logs);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(logs);
  }

  /** A model that records each request and answers with {@code script}. */
  private LanguageModel model(Function<ChatRequest, Completion> script) {
    return request -> {
      requests.add(request);
      return script.apply(request);
    };
  }

  private LanguageModel answering(String text) {
    return model(r -> new Completion.Answer(text, "stop", new TokenUsage(80, 40), "gemini", 1));
  }

  static ChatMessage fromOksana(String text) {
    return ChatMessage.text(
        MessageRef.of(-100123, 42),
        Author.person(7, "Оксана Коваль", "oksana_k"),
        Instant.parse("2025-03-05T10:15:30Z"),
        text);
  }

  private static List<ExtractedFact> extract(LlmFactExtractor extractor, ChatMessage message) {
    return extractor.extract(message, Analysis.EMPTY);
  }

  @Test
  void valid_facts_come_back_filed_under_their_slots() {
    LlmFactExtractor extractor =
        new LlmFactExtractor(
            answering(
                """
                [{"category":"IDENTITY","key":"name","value":"Оксана","confidence":0.95},
                 {"category":"location","key":"city","value":" Львові ","confidence":0.9},
                 {"category":"WORK","key":"occupation","value":"лікаркою","confidence":0.8}]
                """));

    List<ExtractedFact> facts = extract(extractor, fromOksana(STATEMENT));

    assertThat(facts)
        .containsExactly(
            new ExtractedFact(FactCategory.IDENTITY, "name", "Оксана", 0.95),
            new ExtractedFact(FactCategory.LOCATION, "city", "Львові", 0.9),
            new ExtractedFact(FactCategory.WORK, "occupation", "лікаркою", 0.8));
    assertThat(extractor.counts()).isEqualTo(new LlmFactExtractor.Counts(1, 0, 0, 3, 0));
  }

  @Test
  void the_prompt_asks_for_strict_json_and_carries_the_author_and_the_message() {
    LlmFactExtractor extractor = new LlmFactExtractor(answering("[]"));

    assertThat(extract(extractor, fromOksana(STATEMENT))).isEmpty();

    ChatRequest request = requests.getFirst();
    assertThat(request.systemInstruction())
        .contains("STRICT JSON", "\"category\"", "\"confidence\"", "Answer []")
        .contains("- name (IDENTITY)", "- city (LOCATION)", "- birthday (PERSONAL)")
        .contains("At most 5 objects")
        .contains(DataFence.NOTE);
    assertThat(request.turns()).hasSize(1);
    assertThat(request.turns().getFirst().text())
        .isEqualTo(
            "Sent on: 2025-03-05\n<q from=\"Оксана Коваль (@oksana_k)\">" + STATEMENT + "</q>");
    assertThat(request.settings().temperature()).isZero();
  }

  @Test
  void a_message_or_a_name_that_tries_to_give_orders_stays_quoted_in_the_prompt() {
    LlmFactExtractor extractor = new LlmFactExtractor(answering("[]"));
    ChatMessage hostile =
        ChatMessage.text(
            MessageRef.of(-100123, 43),
            Author.person(66, Injections.ATTACK, "mallory"),
            Instant.parse("2025-03-05T10:15:30Z"),
            "Я живу у Львові. " + Injections.ATTACK);

    extract(extractor, hostile);

    String text = requests.getFirst().turns().getFirst().text();
    assertThat(text).contains(Injections.ORDER);
    assertThat(Injections.allFenced(text)).isTrue();
  }

  @Test
  void an_answer_that_is_not_json_gives_no_facts_and_is_counted() {
    LlmFactExtractor extractor =
        new LlmFactExtractor(answering("Sure! The author is called Оксана and lives in Lviv."));

    assertThat(extract(extractor, fromOksana(STATEMENT))).isEmpty();

    assertThat(extractor.counts().dropped()).isEqualTo(1);
    assertThat(debugLines()).anyMatch(line -> line.contains("answer is not JSON"));
  }

  @Test
  void truncated_json_and_json_that_is_not_an_array_give_no_facts() {
    LlmFactExtractor truncated =
        new LlmFactExtractor(answering("[{\"category\":\"IDENTITY\",\"key\":\"name\",\"val"));
    LlmFactExtractor object =
        new LlmFactExtractor(
            answering(
                "{\"category\":\"IDENTITY\",\"key\":\"name\",\"value\":\"Оксана\",\"confidence\":1}"));
    LlmFactExtractor trailing =
        new LlmFactExtractor(
            answering(
                "[{\"category\":\"IDENTITY\",\"key\":\"name\",\"value\":\"О\",\"confidence\":1}] ok"));

    assertThat(extract(truncated, fromOksana(STATEMENT))).isEmpty();
    assertThat(extract(object, fromOksana(STATEMENT))).isEmpty();
    assertThat(extract(trailing, fromOksana(STATEMENT))).isEmpty();
    assertThat(debugLines()).anyMatch(line -> line.contains("not an array: object"));
  }

  @Test
  void items_with_unknown_categories_keys_or_bad_values_are_dropped_and_the_rest_kept() {
    LlmFactExtractor extractor =
        new LlmFactExtractor(
            answering(
                """
                [{"category":"IDENTITY","key":"name","value":"Оксана","confidence":0.9},
                 {"category":"MOOD","key":"city","value":"Львів","confidence":0.9},
                 {"category":"INTEREST","key":"favourite_food","value":"борщ","confidence":0.9},
                 {"category":"PERSONAL","key":"age","value":"двадцять","confidence":0.9},
                 {"category":"PERSONAL","key":"birthday","value":"5 березня","confidence":0.9},
                 {"category":"WORK","key":"employer","value":"%s","confidence":0.9},
                 {"category":"WORK","key":"occupation","value":"лікарка","confidence":1.5},
                 {"category":"WORK","key":"occupation","value":"лікарка","confidence":0.3},
                 {"category":"IDENTITY","key":"name","value":"Ксеня","confidence":0.8},
                 {"category":"LOCATION","key":"hometown","value":"   ","confidence":0.9},
                 "name: Оксана",
                 {"category":"IDENTITY","key":"pronouns","value":"вона/її"}]
                """
                    .formatted("x".repeat(201))));

    List<ExtractedFact> facts = extract(extractor, fromOksana(STATEMENT));

    assertThat(facts)
        .containsExactly(new ExtractedFact(FactCategory.IDENTITY, "name", "Оксана", 0.9));
    assertThat(extractor.counts().dropped()).isEqualTo(11);
    assertThat(debugLines())
        .singleElement(STRING)
        .contains("kept 1 of 12 item(s) from gemini")
        .contains("item 1: unknown category 'MOOD'")
        .contains("item 2: unknown key 'favourite_food'")
        .contains("item 3: value does not have the form key age needs")
        .contains("item 4: value does not have the form key birthday needs")
        .contains("item 5: value longer than 200 characters")
        .contains("item 6: confidence above 1")
        .contains("item 7: confidence below 0.6")
        .contains("item 8: a second fact for the same key")
        .contains("item 9: value missing, blank or not a string")
        .contains("item 10: not an object")
        .contains("item 11: confidence missing")
        .doesNotContain(STATEMENT, "Ксеня", "борщ");
  }

  @Test
  void numbers_for_ages_and_iso_birthdays_are_accepted_and_the_slot_decides_the_category() {
    LlmFactExtractor extractor =
        new LlmFactExtractor(
            answering(
                """
                [{"category":"PERSONAL","key":"age","value":27,"confidence":0.9},
                 {"category":"PERSONAL","key":"birthday","value":"--03-05","confidence":0.85},
                 {"category":"PREFERENCE","key":"city","value":"Львів","confidence":0.7}]
                """));

    assertThat(extract(extractor, fromOksana(STATEMENT)))
        .containsExactly(
            new ExtractedFact(FactCategory.PERSONAL, "age", "27", 0.9),
            new ExtractedFact(FactCategory.PERSONAL, "birthday", "--03-05", 0.85),
            new ExtractedFact(FactCategory.LOCATION, "city", "Львів", 0.7));
  }

  @Test
  void at_most_max_facts_are_kept_the_most_confident_first() {
    LlmFactExtractor extractor =
        new LlmFactExtractor(
            answering(
                """
                [{"category":"LOCATION","key":"city","value":"Львів","confidence":0.7},
                 {"category":"IDENTITY","key":"name","value":"Оксана","confidence":0.95},
                 {"category":"WORK","key":"occupation","value":"лікарка","confidence":0.8}]
                """),
            FactExtractionOptions.DEFAULTS.withMaxFacts(2));

    assertThat(extract(extractor, fromOksana(STATEMENT)))
        .extracting(ExtractedFact::key)
        .containsExactly("name", "occupation");
    assertThat(extractor.counts().dropped()).isEqualTo(1);
  }

  @Test
  void a_json_array_in_markdown_fences_is_read() {
    LlmFactExtractor extractor =
        new LlmFactExtractor(
            answering(
                """
                ```json
                [{"category":"IDENTITY","key":"name","value":"Оксана","confidence":0.9}]
                ```
                """));
    LlmFactExtractor bare =
        new LlmFactExtractor(
            answering(
                "```[{\"category\":\"LOCATION\",\"key\":\"city\",\"value\":\"Львів\","
                    + "\"confidence\":0.9}]```"));

    assertThat(extract(extractor, fromOksana(STATEMENT)))
        .containsExactly(new ExtractedFact(FactCategory.IDENTITY, "name", "Оксана", 0.9));
    assertThat(extract(bare, fromOksana(STATEMENT)))
        .containsExactly(new ExtractedFact(FactCategory.LOCATION, "city", "Львів", 0.9));
  }

  @Test
  void a_blocked_or_empty_completion_gives_no_facts() {
    LlmFactExtractor blocked =
        new LlmFactExtractor(
            model(r -> new Completion.Blocked("SAFETY", TokenUsage.UNKNOWN, "gemini", 1)));
    LlmFactExtractor empty =
        new LlmFactExtractor(
            model(r -> new Completion.Empty("max_tokens", TokenUsage.UNKNOWN, "groq", 2)));

    assertThat(extract(blocked, fromOksana(STATEMENT))).isEmpty();
    assertThat(extract(empty, fromOksana(STATEMENT))).isEmpty();

    assertThat(requests).hasSize(2);
    assertThat(debugLines())
        .anyMatch(line -> line.contains("gemini blocked it (SAFETY)"))
        .anyMatch(line -> line.contains("groq gave an empty answer (max_tokens)"));
  }

  @Test
  void a_failing_model_gives_no_facts_and_a_warning_naming_provider_and_kind() {
    LlmFactExtractor extractor =
        new LlmFactExtractor(
            model(r -> {
              throw new LanguageModelException(
                  Kind.TRANSIENT, "chain", "no provider could answer after 3 attempt(s)");
            }));

    assertThat(extract(extractor, fromOksana(STATEMENT))).isEmpty();

    assertThat(extractor.counts()).isEqualTo(new LlmFactExtractor.Counts(1, 0, 1, 0, 0));
    List<ILoggingEvent> warnings =
        logs.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    assertThat(warnings)
        .singleElement()
        .extracting(ILoggingEvent::getFormattedMessage)
        .isEqualTo(
            "fact extraction for message -100123/42 got no facts: provider chain failed"
                + " (TRANSIENT)");
    assertThat(logs.list)
        .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
        .noneMatch(e -> e.getFormattedMessage().contains("Оксана"));
  }

  @Test
  void messages_not_worth_asking_about_make_no_call() {
    LlmFactExtractor extractor = new LlmFactExtractor(answering("[]"));
    ChatMessage forwarded =
        new ChatMessage(
            MessageRef.of(-100123, 43),
            null,
            Author.person(7, "Оксана", null),
            Role.USER,
            Instant.EPOCH,
            null,
            STATEMENT,
            MediaKind.NONE,
            null,
            List.of(),
            true);
    ChatMessage fromBot =
        ChatMessage.text(
            MessageRef.of(-100123, 44),
            Author.bot(9, "Гряг", "gryag_bot"),
            Instant.EPOCH,
            STATEMENT);

    assertThat(extract(extractor, fromOksana("ок"))).isEmpty();
    assertThat(extract(extractor, fromOksana("я з Києва"))).isEmpty();
    assertThat(extract(extractor, fromOksana("   "))).isEmpty();
    assertThat(extract(extractor, forwarded)).isEmpty();
    assertThat(extract(extractor, fromBot)).isEmpty();

    assertThat(requests).isEmpty();
    assertThat(extractor.counts().skipped()).isEqualTo(5);
  }

  @Test
  void the_word_threshold_is_an_option() {
    LlmFactExtractor extractor =
        new LlmFactExtractor(answering("[]"), FactExtractionOptions.DEFAULTS.withMinWords(3));

    extract(extractor, fromOksana("я з Києва"));

    assertThat(requests).hasSize(1);
  }

  @Test
  void long_messages_are_cut_before_sending() {
    LlmFactExtractor extractor =
        new LlmFactExtractor(
            answering("[]"), FactExtractionOptions.DEFAULTS.withMaxInputCharacters(60));

    extract(extractor, fromOksana(STATEMENT + " " + "і ще дуже багато слів ".repeat(20)));

    String text = requests.getFirst().turns().getFirst().text();
    assertThat(text.substring(text.indexOf("\">") + 2, text.lastIndexOf("</q>"))).hasSize(60);
  }

  @Test
  void options_name_the_bad_field() {
    assertThatThrownBy(
            () -> FactExtractionOptions.DEFAULTS.withKey("Favourite Food", FactCategory.INTEREST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keys: 'Favourite Food'");
    assertThatThrownBy(() -> FactExtractionOptions.DEFAULTS.withMinConfidence(1.5))
        .hasMessageContaining("minConfidence");
    assertThatThrownBy(() -> FactExtractionOptions.DEFAULTS.withMaxFacts(0))
        .hasMessageContaining("maxFacts");
  }

  @Test
  void an_added_key_may_be_filled() {
    LlmFactExtractor extractor =
        new LlmFactExtractor(
            answering(
                "[{\"category\":\"INTEREST\",\"key\":\"favourite_food\",\"value\":\"борщ\","
                    + "\"confidence\":0.8}]"),
            FactExtractionOptions.DEFAULTS.withKey("favourite_food", FactCategory.INTEREST));

    assertThat(extract(extractor, fromOksana(STATEMENT)))
        .containsExactly(new ExtractedFact(FactCategory.INTEREST, "favourite_food", "борщ", 0.8));
    assertThat(requests.getFirst().systemInstruction()).contains("- favourite_food (INTEREST)\n");
  }

  private List<String> debugLines() {
    return logs.list.stream()
        .filter(e -> e.getLevel() == Level.DEBUG)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }
}
