package dev.gryag.core.model;

import java.util.Objects;

/**
 * A group that became a supergroup: Telegram gave it a new chat id, and what the bot keeps about
 * the old one follows it there.
 *
 * <p><b>Message ids.</b> The supergroup numbers its messages from 1 in a sequence of its own, so
 * the old group's messages cannot keep their ids under the new chat: sooner or later they would
 * collide with the supergroup's. A moved message gets the id {@link #movedMessageId} = {@value
 * #MOVED_ID_BASE} ({@code 2^40}) + its old id. Telegram's ids stay below {@code 2^31}, so moved ids
 * never meet the supergroup's own, stay positive, and read back as the old id (minus the base).
 * Chronological order is by time sent, so the moved history still comes first. Every stored
 * reference to an old message is mapped the same way: a message's id, its reply target and forum
 * topic, a fact's source message, a profile's newest message, a summary's id range.
 *
 * @param from the old group's id
 * @param to the supergroup's id; not {@code from}
 */
public record ChatMigration(ChatId from, ChatId to) {

  /** What a moved message's id adds to its old id: {@code 2^40}. */
  public static final long MOVED_ID_BASE = 1L << 40;

  public ChatMigration {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.equals(to)) {
      throw new IllegalArgumentException("a chat cannot migrate to itself, was " + from);
    }
  }

  public static ChatMigration of(long from, long to) {
    return new ChatMigration(ChatId.of(from), ChatId.of(to));
  }

  /**
   * The id an old group's message has once moved: {@link #MOVED_ID_BASE} + {@code oldId}.
   *
   * @throws IllegalArgumentException when {@code oldId} is not in {@code [1, MOVED_ID_BASE)}: not a
   *     Telegram message id, or one that was moved already
   */
  public long movedMessageId(long oldId) {
    if (oldId <= 0 || oldId >= MOVED_ID_BASE) {
      throw new IllegalArgumentException(
          "a message id to move must be in [1, 2^40), was " + oldId + " in chat " + from);
    }
    return MOVED_ID_BASE + oldId;
  }

  /** Where a message of the old group lives once moved. */
  public MessageRef moved(MessageRef old) {
    requireFrom(old);
    return new MessageRef(to, movedMessageId(old.messageId()));
  }

  /**
   * A message of the old group as it is stored once moved: its id, its reply target and its forum
   * topic (topics are numbered by message id) mapped; everything else unchanged.
   */
  public ChatMessage moved(ChatMessage old) {
    requireFrom(old.ref());
    return new ChatMessage(
        moved(old.ref()),
        movedOrNull(old.threadId()),
        old.author(),
        old.role(),
        old.sentAt(),
        old.editedAt(),
        old.text(),
        old.media(),
        movedOrNull(old.replyToMessageId()),
        old.entities(),
        old.forwarded());
  }

  private Long movedOrNull(Long oldId) {
    return oldId == null ? null : movedMessageId(oldId);
  }

  private void requireFrom(MessageRef ref) {
    if (!ref.chat().equals(from)) {
      throw new IllegalArgumentException(
          "message " + ref + " is not in chat " + from + ", which migrated to " + to);
    }
  }

  @Override
  public String toString() {
    return from + " -> " + to;
  }
}
