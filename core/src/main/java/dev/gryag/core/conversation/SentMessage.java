package dev.gryag.core.conversation;

import dev.gryag.core.model.ChatId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link MessageSender} delivered for one {@link OutgoingMessage}.
 *
 * @param messageIds the ids Telegram gave the parts, in order (a long reply is split); never empty
 * @param texts the text of each part as delivered, same size and order as {@code messageIds}
 * @param sentAt when the first part was accepted
 * @param movedTo the supergroup the parts went to because the chat asked for had become one (see
 *     {@link dev.gryag.core.model.ChatMigration}); null when they went to that chat
 */
public record SentMessage(
    List<Long> messageIds, List<String> texts, Instant sentAt, ChatId movedTo) {

  public SentMessage {
    messageIds = List.copyOf(messageIds);
    texts = List.copyOf(texts);
    Objects.requireNonNull(sentAt, "sentAt");
    if (messageIds.isEmpty() || messageIds.size() != texts.size()) {
      throw new IllegalArgumentException(
          "a sent message needs one id per part, had "
              + messageIds.size()
              + " ids for "
              + texts.size()
              + " parts");
    }
  }

  /** Parts delivered to the chat they were sent to. */
  public SentMessage(List<Long> messageIds, List<String> texts, Instant sentAt) {
    this(messageIds, texts, sentAt, null);
  }

  /** The chat the parts are in: {@code asked}, unless it had moved. */
  public ChatId chatOr(ChatId asked) {
    return movedTo != null ? movedTo : asked;
  }
}
