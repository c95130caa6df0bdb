package dev.gryag.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.chats.ChatAvailability;
import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import dev.gryag.core.settings.InMemoryChatSettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The embedding guide's code runs, and the guide quotes it exactly. */
class EmbeddingGuideTest {

  private static final Pattern REGION =
      Pattern.compile("// tag::(\\w+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);

  @Test
  void the_wired_service_answers_a_message_addressed_to_it() {
    Outcome outcome = EmbeddingExample.feed(EmbeddingExample.wire());

    assertThat(outcome).isInstanceOf(Outcome.Replied.class);
    assertThat(((Outcome.Replied) outcome).text()).isEqualTo("Привіт, Оля!");
  }

  @Test
  void feeding_through_lanes_handles_every_update() throws Exception {
    ConversationService bot = EmbeddingExample.wire();
    Chat chat = Chat.group(-100123, "Кухня");
    List<IncomingMessage> updates = new ArrayList<>();
    for (long id = 1; id <= 20; id++) {
      ChatMessage message =
          ChatMessage.text(
              MessageRef.of(-100123, id),
              Author.person(7, "Оля", null),
              Instant.now(),
              "раз " + id);
      updates.add(IncomingMessage.of(chat, message));
    }

    EmbeddingExample.feedInLanes(bot, updates);

    assertThat(bot.onMessage(updates.getLast()))
        .isEqualTo(new Outcome.Ignored(Outcome.Ignored.Reason.DUPLICATE));
  }

  @Test
  void chat_availability_wired_as_the_guide_shows_silences_a_chat_the_bot_cannot_reach()
      throws Exception {
    InMemoryChatSettingsStore settings = new InMemoryChatSettingsStore();
    InMemoryMessageStore messages = new InMemoryMessageStore();
    try (ChatLanes lanes = new ChatLanes(10, 100)) {
      ChatAvailability chats = EmbeddingExample.chats(settings, messages, lanes);
      MessageSender gone =
          out -> {
            throw new DeliveryException(DeliveryException.Kind.CHAT_UNAVAILABLE, "kicked");
          };
      ConversationService bot =
          ConversationService.builder(
                  new BotIdentity(UserId.of(42), "my_gryag_bot", "Гряг"),
                  messages,
                  request -> new Completion.Answer("так", "stop", null, "echo", 1),
                  gone)
              .settings(settings)
              .chatChanges(chats)
              .build();

      EmbeddingExample.feed(bot);
      assertThat(settings.get(ChatId.of(-100123)).active()).isFalse();

      EmbeddingExample.onPlatformEvents(chats);
      lanes.awaitIdle();
      assertThat(settings.get(ChatId.of(-100123)).active()).isTrue();
    }
  }

  @Test
  void the_guide_quotes_every_tagged_region_of_the_example_verbatim() throws IOException {
    Path root = repositoryRoot();
    String source =
        Files.readString(
            root.resolve("core/src/test/java/dev/gryag/core/conversation/EmbeddingExample.java"));
    String guide = Files.readString(root.resolve("docs/embedding.md"));
    Matcher regions = REGION.matcher(source);
    int found = 0;
    while (regions.find()) {
      found++;
      String snippet = dedent(regions.group(2));
      assertThat(guide)
          .as("docs/embedding.md quotes region '%s'", regions.group(1))
          .contains("```java\n" + snippet + "\n```");
    }
    assertThat(found).isEqualTo(4);
  }

  private static String dedent(String region) {
    List<String> lines = region.lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return String.join(
        "\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docs/embedding.md"))
          && Files.isDirectory(dir.resolve("core"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no docs/embedding.md above " + Path.of("").toAbsolutePath());
  }
}
