package dev.gryag.core.context;

import dev.gryag.core.llm.DataFence;
import dev.gryag.core.llm.Turn;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Small factories for chat messages in tests: a chat, three members, and messages whose time
 * follows their id (message {@code n} is sent {@code n} seconds after {@link #T0}).
 */
public final class Messages {

  public static final ChatId CHAT = ChatId.of(-100_111);
  public static final ChatId OTHER_CHAT = ChatId.of(-100_222);
  private static final Pattern AT = Pattern.compile(" at=\"[0-9: -]+\"");

  public static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
  public static final Author ALICE = Author.person(11, "Аліса", "alice");
  public static final Author BOB = Author.person(12, "Bob", "bob");
  public static final Author CAROL = Author.person(13, "Кароліна", null);
  public static final Author BOT = Author.bot(999, "Гряг", "gryag_bot");

  private Messages() {}

  /** Message {@code id} of {@link #CHAT} from {@code author}, sent {@code id} seconds after T0. */
  public static ChatMessage from(Author author, long id, String text) {
    return in(CHAT, author, id, text);
  }

  public static ChatMessage fromAlice(long id, String text) {
    return from(ALICE, id, text);
  }

  public static ChatMessage fromBob(long id, String text) {
    return from(BOB, id, text);
  }

  /** The bot's own message {@code id} in {@link #CHAT}. */
  public static ChatMessage fromBot(long id, String text) {
    return new ChatMessage(
        new MessageRef(CHAT, id),
        null,
        BOT,
        Role.BOT,
        T0.plusSeconds(id),
        null,
        text,
        MediaKind.NONE,
        null,
        List.of(),
        false);
  }

  /** Message {@code id} of {@code chat}, sent {@code id} seconds after T0. */
  public static ChatMessage in(ChatId chat, Author author, long id, String text) {
    return ChatMessage.text(new MessageRef(chat, id), author, T0.plusSeconds(id), text);
  }

  /** The same message sent at another time. */
  public static ChatMessage sentAt(ChatMessage message, Instant at) {
    return new ChatMessage(
        message.ref(),
        message.threadId(),
        message.author(),
        message.role(),
        at,
        message.editedAt(),
        message.text(),
        message.media(),
        message.replyToMessageId(),
        message.entities(),
        message.forwarded());
  }

  /** What {@code author}'s message reads as in a prompt: fenced as quoted data, named. */
  public static String quoted(Author author, String text) {
    return DataFence.quote(text, DataFence.attribute("from", author.name()));
  }

  /**
   * A prompt's turns with the times of members' turns left out, so that they read as {@link
   * #quoted} writes them.
   */
  public static List<Turn> undated(List<Turn> turns) {
    return turns.stream()
        .map(turn ->
            new Turn(turn.speaker(), turn.authorName(), AT.matcher(turn.text()).replaceFirst("")))
        .toList();
  }

  /** The ids of {@code messages}, in order. */
  public static List<Long> ids(List<ChatMessage> messages) {
    return messages.stream().map(ChatMessage::messageId).toList();
  }
}
