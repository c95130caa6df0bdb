package dev.gryag.core.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.DataFence;
import dev.gryag.core.llm.Injections;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageModelSummarizerTest {

  private static final ChatId CHAT = ChatId.of(-5);
  private static final Instant T = Instant.parse("2025-03-03T09:05:00Z");

  private static List<ChatMessage> messages(String... texts) {
    List<ChatMessage> messages = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      messages.add(
          ChatMessage.text(
              new MessageRef(CHAT, i + 1),
              Author.person(7, "Олег", "oleg"),
              T.plusSeconds(60L * i),
              texts[i]));
    }
    return messages;
  }

  @Test
  void anAnswerBecomesTheSummaryAndThePromptCarriesADatedTranscript() {
    ScriptedLanguageModel model = ScriptedLanguageModel.answering("\n Підсумок. \n");
    LanguageModelSummarizer summarizer =
        new LanguageModelSummarizer(model, 50, 300, ZoneId.of("Europe/Kyiv"));

    SummaryOutcome outcome = summarizer.summarize(CHAT, messages("Привіт", "рядок\nдругий"));

    assertThat(outcome).isEqualTo(new SummaryOutcome.Written("Підсумок.", "scripted"));
    ChatRequest request = model.requests().get(0);
    assertThat(request.systemInstruction())
        .contains("at most 50 words")
        .contains("Do not invent")
        .contains(DataFence.NOTE);
    assertThat(request.turns()).hasSize(1);
    assertThat(request.turns().get(0).text())
        .isEqualTo(
            "[2025-03-03 11:05] <q from=\"Олег\">Привіт</q>\n"
                + "[2025-03-03 11:06] <q from=\"Олег\">рядок другий</q>\n");
    assertThat(request.settings().maxOutputTokens()).isEqualTo(200);
  }

  @Test
  void longMessagesAreCutSoThePromptStaysBounded() {
    ScriptedLanguageModel model = ScriptedLanguageModel.answering("ok");
    LanguageModelSummarizer summarizer =
        new LanguageModelSummarizer(model, 50, 40, ZoneId.of("UTC"));
    String[] texts = new String[200];
    java.util.Arrays.fill(texts, "😀".repeat(500));

    summarizer.summarize(CHAT, messages(texts));

    String transcript = model.requests().get(0).turns().get(0).text();
    assertThat(transcript.length()).isLessThanOrEqualTo(200 * (40 + 1 + 40));
    assertThat(transcript.lines()).allSatisfy(line -> assertThat(line).endsWith("…</q>"));
    assertThat(transcript.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF).count())
        .as("lone surrogates")
        .isZero();
  }

  @Test
  void blockedEmptyAndFailedCallsAreFailedOutcomes() {
    LanguageModelSummarizer blocked =
        new LanguageModelSummarizer(
            new ScriptedLanguageModel(r -> new Completion.Blocked("SAFETY", null, "gemini", 1)));
    LanguageModelSummarizer empty =
        new LanguageModelSummarizer(
            new ScriptedLanguageModel(r -> new Completion.Empty("max_tokens", null, "openai", 2)));
    LanguageModelSummarizer down =
        new LanguageModelSummarizer(
            new ScriptedLanguageModel(r -> {
              throw new LanguageModelException(
                  LanguageModelException.Kind.UNAVAILABLE, "chain", "all circuits open");
            }));

    assertThat(blocked.summarize(CHAT, messages("x")))
        .isEqualTo(new SummaryOutcome.Failed("gemini blocked the summary: SAFETY"));
    assertThat(empty.summarize(CHAT, messages("x")))
        .isEqualTo(new SummaryOutcome.Failed("openai answered nothing: max_tokens"));
    assertThat(down.summarize(CHAT, messages("x")))
        .isInstanceOf(SummaryOutcome.Failed.class)
        .extracting(o -> ((SummaryOutcome.Failed) o).reason())
        .asString()
        .startsWith("UNAVAILABLE: chain: all circuits open");
  }

  @Test
  void aMessageOrANameThatTriesToGiveOrdersStaysQuotedInTheTranscript() {
    ScriptedLanguageModel model = ScriptedLanguageModel.answering("ok");
    ChatMessage hostile =
        ChatMessage.text(
            new MessageRef(CHAT, 1),
            Author.person(66, Injections.ATTACK, null),
            T,
            Injections.ATTACK);

    new LanguageModelSummarizer(model).summarize(CHAT, List.of(hostile));

    String transcript = model.requests().get(0).turns().get(0).text();
    assertThat(transcript).contains(Injections.ORDER);
    assertThat(Injections.allFenced(transcript)).isTrue();
  }

  @Test
  void mediaWithoutTextIsNamedInTheTranscript() {
    ChatMessage photo =
        new ChatMessage(
            new MessageRef(CHAT, 9),
            null,
            Author.person(7, "Олег", null),
            dev.gryag.core.model.Role.USER,
            T,
            null,
            "",
            dev.gryag.core.model.MediaKind.PHOTO,
            null,
            List.of(),
            false);
    ScriptedLanguageModel model = ScriptedLanguageModel.answering("ok");

    new LanguageModelSummarizer(model).summarize(CHAT, List.of(photo));

    assertThat(model.requests().get(0).turns().get(0).text())
        .isEqualTo("[2025-03-03 09:05] <q from=\"Олег\">[photo]</q>\n");
  }
}
