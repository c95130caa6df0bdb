package dev.gryag.core.conversation;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.TextAnalyzer;
import dev.gryag.core.chats.ChatAvailability;
import dev.gryag.core.chats.ChatMigrations;
import dev.gryag.core.cleanup.InMemoryChatSummaryStore;
import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.context.SummarySource;
import dev.gryag.core.forgetting.InMemoryTombstones;
import dev.gryag.core.forgetting.MemberMentions;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.AuthorKind;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatKind;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.TextEntity;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.InMemoryFactStore;
import dev.gryag.core.personalization.InMemoryPreferenceStore;
import dev.gryag.core.personalization.InMemoryProfileStore;
import dev.gryag.core.settings.InMemoryChatSettingsStore;
import dev.gryag.core.testing.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A conversation service on in-memory stores with a scripted model, a recording sender and memory,
 * forgetting with in-memory tombstones, chat availability as the bot has it (a gone chat goes
 * quiet, a moved group's history follows), a test clock and a fixed random draw (0.99 unless a test
 * sets it: no unsolicited replies). Messages get ids 1, 2, 3… and the clock's current time.
 */
final class Harness {

  static final BotIdentity BOT = new BotIdentity(UserId.of(999), "gryag_bot", "Гряг");
  static final Chat GROUP = Chat.group(-100_500, "Кухня");
  static final Chat OTHER_GROUP = Chat.group(-100_600, "Балкон");
  static final Chat PRIVATE = Chat.privateWith(11, "Аліса");
  static final Chat FORUM = new Chat(GROUP.id(), ChatKind.SUPERGROUP, "Кухня", true);
  static final Author ALICE = Author.person(11, "Аліса", "alice");
  static final Author BOB = Author.person(12, "Bob", "bob");
  static final Author OTHER_BOT = Author.bot(777, "Other", "other_bot");
  static final Author ANONYMOUS_ADMIN =
      new Author(UserId.of(GROUP.id().value()), "Кухня", null, AuthorKind.CHAT);
  static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");

  final TestClock clock = new TestClock(T0);
  final FixedRandom random = new FixedRandom(0.99);
  MessageStore messages = new InMemoryMessageStore();
  final InMemoryChatSettingsStore settings = new InMemoryChatSettingsStore();
  final ScriptedModel model = new ScriptedModel();
  final RecordingSender sender = new RecordingSender(clock);
  final RecordingMemory memory = new RecordingMemory();

  /** A real member memory to use instead of the recording one, when a test sets it. */
  MemberMemory personalization;

  final Map<String, Analysis> analyses = new ConcurrentHashMap<>();
  ConversationConfig config = ConversationConfig.DEFAULTS;
  SummarySource summaries = SummarySource.NONE;
  PendingAnswers pending;
  ChatAdministrators administrators = ChatAdministrators.NONE;
  ChatChanges chatChanges;
  final InMemoryTombstones tombstones = new InMemoryTombstones();
  MemberMentions mentions = MemberMentions.NONE;
  private ConversationService service;
  private long nextId = 1;

  /** The service, built on first use from the harness's parts. */
  ConversationService service() {
    if (service == null) {
      TextAnalyzer analyzer = text -> analyses.getOrDefault(text, Analysis.EMPTY);
      if (pending == null) {
        pending = new InMemoryPendingAnswers(messages);
      }
      MemberMemory members = personalization != null ? personalization : memory;
      service =
          ConversationService.builder(BOT, messages, model, sender)
              .pendingAnswers(pending)
              .settings(settings)
              .memory(members)
              .forgetting(new MemberForgetting(messages, members, tombstones, mentions))
              .summaries(summaries)
              .administrators(administrators)
              .chatChanges(chatChanges != null ? chatChanges : availability())
              .analyzer(analyzer)
              .config(config)
              .clock(clock)
              .random(random)
              .build();
    }
    return service;
  }

  private ChatAvailability availability() {
    return new ChatAvailability(
        settings,
        new ChatMigrations(
            settings,
            new InMemoryPreferenceStore(),
            messages,
            new InMemoryProfileStore(),
            new InMemoryFactStore(),
            new InMemoryChatSummaryStore()));
  }

  /** A new message in {@code chat} from {@code author}, sent now. */
  ChatMessage message(Chat chat, Author author, String text) {
    return ChatMessage.text(new MessageRef(chat.id(), nextId++), author, clock.instant(), text);
  }

  /** A new message that mentions {@code @username} at its start, as an entity. */
  ChatMessage mention(Chat chat, Author author, String username, String rest) {
    String text = "@" + username + " " + rest;
    return message(chat, author, text)
        .withText(text, List.of(TextEntity.of(TextEntity.Type.MENTION, 0, username.length() + 1)));
  }

  Outcome in(Chat chat, Author author, String text) {
    return handle(IncomingMessage.of(chat, message(chat, author, text)));
  }

  Outcome handle(ChatMessage message) {
    Chat chat = message.chatId().equals(GROUP.id()) ? GROUP : chatOf(message);
    return handle(IncomingMessage.of(chat, message));
  }

  Outcome handle(IncomingMessage in) {
    return service().onMessage(in);
  }

  private static Chat chatOf(ChatMessage message) {
    for (Chat chat : List.of(GROUP, OTHER_GROUP, PRIVATE)) {
      if (chat.id().equals(message.chatId())) {
        return chat;
      }
    }
    throw new IllegalArgumentException("no test chat " + message.chatId());
  }
}
