package dev.gryag.core.conversation;

import dev.gryag.core.chats.ChatAvailability;
import dev.gryag.core.chats.ChatMigrations;
import dev.gryag.core.cleanup.InMemoryChatSummaryStore;
import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.InMemoryFactStore;
import dev.gryag.core.personalization.InMemoryPreferenceStore;
import dev.gryag.core.personalization.InMemoryProfileStore;
import dev.gryag.core.settings.ChatSettingsStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The code quoted by {@code docs/embedding.md}, compiled and run by {@link EmbeddingGuideTest} so
 * the guide never rots. Keep each tagged region identical to the guide's copy.
 */
final class EmbeddingExample {

  private EmbeddingExample() {}

  // tag::wiring[]
  static ConversationService wire() {
    // Your language model: any chat API behind the LanguageModel port.
    LanguageModel model =
        request -> {
          String asker = request.turns().getLast().authorName();
          return new Completion.Answer("Привіт, " + asker + "!", "stop", null, "echo", 1);
        };
    // Your platform: deliver the text, say which message ids it got.
    AtomicLong ids = new AtomicLong(1000);
    MessageSender sender =
        out -> {
          System.out.println("to " + out.chat() + ": " + out.text());
          return new SentMessage(
              List.of(ids.incrementAndGet()), List.of(out.text()), Instant.now());
        };
    BotIdentity me = new BotIdentity(UserId.of(42), "my_gryag_bot", "Гряг");
    return ConversationService.builder(me, new InMemoryMessageStore(), model, sender)
        .persona("Ти — Гряг, дотепний учасник групового чату. Відповідай коротко.")
        .build();
  }

  // end::wiring[]

  // tag::feeding[]
  static Outcome feed(ConversationService bot) {
    Chat chat = Chat.group(-100123, "Кухня");
    Author olya = Author.person(7, "Оля", "olya");
    ChatMessage message =
        ChatMessage.text(MessageRef.of(-100123, 1), olya, Instant.now(), "Гряг, привіт!");
    Outcome outcome = bot.onMessage(IncomingMessage.of(chat, message));
    switch (outcome) {
      case Outcome.Replied replied -> System.out.println("answered: " + replied.text());
      case Outcome.Ignored ignored -> System.out.println("silent: " + ignored.reason());
      default -> System.out.println(outcome);
    }
    return outcome;
  }

  // end::feeding[]

  // tag::lanes[]
  static void feedInLanes(ConversationService bot, List<IncomingMessage> updates)
      throws InterruptedException {
    try (ChatLanes lanes = new ChatLanes(100, 10_000)) {
      for (IncomingMessage update : updates) {
        lanes.submit(update.chat().id(), () -> bot.onMessage(update));
      }
    } // close() waits until every lane has run out of work
  }

  // end::lanes[]

  // tag::chats[]
  static ChatAvailability chats(
      ChatSettingsStore settings, MessageStore messages, ChatLanes lanes) {
    // Every store that keeps something per chat: all of it moves when a group moves.
    ChatMigrations migrations =
        new ChatMigrations(
            settings,
            new InMemoryPreferenceStore(),
            messages,
            new InMemoryProfileStore(),
            new InMemoryFactStore(),
            new InMemoryChatSummaryStore());
    return new ChatAvailability(settings, migrations, lanes);
  }

  static void onPlatformEvents(ChatAvailability chats) {
    chats.botLeft(ChatId.of(-100123)); // removed from the group: silent there
    chats.botJoined(ChatId.of(-100123)); // added back
    chats.migrated(ChatMigration.of(-4000000001L, -1002000000001L)); // now a supergroup
  }
  // end::chats[]
}
