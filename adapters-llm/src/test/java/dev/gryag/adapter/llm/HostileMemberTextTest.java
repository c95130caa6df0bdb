package dev.gryag.adapter.llm;

import static dev.gryag.adapter.llm.Fixtures.GEMINI_KEY;
import static dev.gryag.adapter.llm.Fixtures.OPENAI_KEY;
import static dev.gryag.adapter.llm.Fixtures.geminiAnswer;
import static dev.gryag.adapter.llm.Fixtures.json;
import static dev.gryag.adapter.llm.Fixtures.openAiAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gryag.core.context.AssembledContext;
import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.context.ContextAssembler;
import dev.gryag.core.context.ContextBudget;
import dev.gryag.core.context.ContextRequest;
import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.context.Messages;
import dev.gryag.core.context.TokenEstimator;
import dev.gryag.core.conversation.ConversationConfig;
import dev.gryag.core.llm.DataFence;
import dev.gryag.core.llm.GenerationSettings;
import dev.gryag.core.llm.Injections;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatKind;
import dev.gryag.core.model.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * From the assembled prompt to the bytes on the wire: a nickname, a note with a fact, a summary, a
 * chat title and messages that try to give the model orders reach each provider inside their
 * fences, and the system instruction says what the fences mean.
 */
class HostileMemberTextTest {

  private static final Author MALLORY = Author.person(66, Injections.ATTACK, "mallory");

  private final MockWebServer server = new MockWebServer();
  private final ObjectMapper json = new ObjectMapper();
  private LlmRuntime runtime;

  @BeforeEach
  void start() throws Exception {
    server.start();
    runtime = Fixtures.runtime(new FakeTime(), new RecordingMetrics()).build();
  }

  @AfterEach
  void stop() {
    runtime.close();
    server.close();
  }

  @Test
  void the_openai_compatible_request_keeps_every_member_text_inside_its_fence() throws Exception {
    server.enqueue(json(200, openAiAnswer("Ні.")));

    new OpenAiCompatibleLanguageModel(Fixtures.openAi(server, "openai", OPENAI_KEY), runtime)
        .complete(hostilePrompt().toRequest(GenerationSettings.DEFAULTS));

    JsonNode messages = json.readTree(server.takeRequest().getBody().utf8()).get("messages");
    List<String> users = new ArrayList<>();
    messages.forEach(m -> {
      if (m.get("role").asText().equals("user")) {
        users.add(m.get("content").asText());
      }
    });
    assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
    assertFenced(messages.get(0).get("content").asText(), users);
  }

  @Test
  void the_gemini_request_keeps_every_member_text_inside_its_fence() throws Exception {
    server.enqueue(json(200, geminiAnswer("Ні.")));

    new GeminiLanguageModel(Fixtures.gemini(server, GEMINI_KEY), runtime)
        .complete(hostilePrompt().toRequest(GenerationSettings.DEFAULTS));

    JsonNode body = json.readTree(server.takeRequest().getBody().utf8());
    List<String> users = new ArrayList<>();
    body.get("contents")
        .forEach(c -> {
          if (c.get("role").asText().equals("user")) {
            c.get("parts").forEach(p -> users.add(p.get("text").asText()));
          }
        });
    assertFenced(body.at("/systemInstruction/parts/0/text").asText(), users);
  }

  private static void assertFenced(String system, List<String> memberTurns) {
    assertThat(system).contains(ConversationConfig.DEFAULT_PERSONA).contains(DataFence.NOTE);
    assertThat(system).as("title, note and summary are sent").contains(Injections.ORDER);
    assertThat(Injections.allFenced(system)).as(system).isTrue();
    assertThat(memberTurns).hasSize(2);
    assertThat(memberTurns)
        .allSatisfy(text -> {
          assertThat(text).startsWith("<q from=\"").contains(Injections.ORDER);
          assertThat(Injections.outsideFences(text)).isEmpty();
        });
  }

  /** Mallory names herself, writes, is described and summarised; the chat is titled by her. */
  private static AssembledContext hostilePrompt() {
    InMemoryMessageStore store = new InMemoryMessageStore();
    store.append(Messages.from(MALLORY, 1, Injections.ATTACK));
    store.append(Messages.fromBot(2, "Ні."));
    ChatMessage trigger = Messages.from(MALLORY, 3, "Гряг, " + Injections.ATTACK);
    store.append(trigger);
    ChatSummary summary =
        new ChatSummary(
            Messages.CHAT,
            1,
            1,
            Messages.T0,
            Messages.T0,
            1,
            Injections.ATTACK,
            "gemini",
            Messages.T0);
    ContextAssembler assembler =
        new ContextAssembler(
            store,
            (chat, member, maxChars) -> "city: " + Injections.ATTACK,
            (chat, limit) -> List.of(summary),
            TokenEstimator.standard(),
            ContextBudget.DEFAULTS);
    Chat chat = new Chat(Messages.CHAT, ChatKind.SUPERGROUP, Injections.ATTACK, false);
    return assembler.assemble(
        new ContextRequest(chat, trigger, ConversationConfig.DEFAULT_PERSONA, null));
  }
}
