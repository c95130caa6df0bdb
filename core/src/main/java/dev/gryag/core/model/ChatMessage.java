package dev.gryag.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message of a chat: what the bot stores, remembers and analyses.
 *
 * @param ref the chat and message id; the identity of the message
 * @param threadId the forum topic (Bot API {@code message_thread_id}), or null outside topics
 * @param author who wrote it
 * @param role member, this bot, or a system event
 * @param sentAt when it was sent
 * @param editedAt when it was last edited, or null if never
 * @param text the text or caption; never null, empty for media without a caption
 * @param media the kind of media attached, {@link MediaKind#NONE} for plain text
 * @param replyToMessageId the id of the message it replies to in the same chat, or null
 * @param entities marked spans of {@code text}, in order; copied, never null
 * @param forwarded true when it was forwarded from elsewhere
 */
public record ChatMessage(
    MessageRef ref,
    Long threadId,
    Author author,
    Role role,
    Instant sentAt,
    Instant editedAt,
    String text,
    MediaKind media,
    Long replyToMessageId,
    List<TextEntity> entities,
    boolean forwarded) {

  public ChatMessage {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(sentAt, "sentAt");
    text = text == null ? "" : text;
    media = media == null ? MediaKind.NONE : media;
    entities = entities == null ? List.of() : List.copyOf(entities);
    if (replyToMessageId != null && replyToMessageId <= 0) {
      throw new IllegalArgumentException(
          "replyToMessageId must be positive or null, was " + replyToMessageId);
    }
  }

  /** A plain text message from a member, the common case. */
  public static ChatMessage text(MessageRef ref, Author author, Instant sentAt, String text) {
    return new ChatMessage(
        ref, null, author, Role.USER, sentAt, null, text, MediaKind.NONE, null, List.of(), false);
  }

  public ChatId chatId() {
    return ref.chat();
  }

  public long messageId() {
    return ref.messageId();
  }

  /** The message this one replies to, if any. */
  public MessageRef replyTo() {
    return replyToMessageId == null ? null : new MessageRef(ref.chat(), replyToMessageId);
  }

  public ChatMessage withReplyTo(Long messageId) {
    return new ChatMessage(
        ref, threadId, author, role, sentAt, editedAt, text, media, messageId, entities, forwarded);
  }

  public ChatMessage withThread(Long topic) {
    return new ChatMessage(
        ref,
        topic,
        author,
        role,
        sentAt,
        editedAt,
        text,
        media,
        replyToMessageId,
        entities,
        forwarded);
  }

  public ChatMessage withText(String newText, List<TextEntity> newEntities) {
    return new ChatMessage(
        ref,
        threadId,
        author,
        role,
        sentAt,
        editedAt,
        newText,
        media,
        replyToMessageId,
        newEntities,
        forwarded);
  }

  public ChatMessage editedAt(Instant when) {
    return new ChatMessage(
        ref,
        threadId,
        author,
        role,
        sentAt,
        when,
        text,
        media,
        replyToMessageId,
        entities,
        forwarded);
  }
}
