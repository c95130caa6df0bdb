package dev.gryag.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link MessageSender} delivered for one {@link OutgoingMessage}.
 *
 * @param messageIds the ids Telegram gave the parts, in order (a long reply is split); never empty
 * @param texts the text of each part as delivered, same size and order as {@code messageIds}
 * @param sentAt when the first part was accepted
 */
public record SentMessage(List<Long> messageIds, List<String> texts, Instant sentAt) {

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
}
