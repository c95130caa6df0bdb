package dev.gryag.core.analytics;

import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.TextEntity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message a member posted, as an archive recorded it.
 *
 * @param id the archive's message id; may be 0 or repeat
 * @param sentAt when it was sent
 * @param sender who sent it; {@link Sender#UNKNOWN} when not recorded
 * @param text the text or caption, entity texts concatenated; never null, empty for bare media
 * @param entities marked spans of {@code text} (links, mentions, formatting), offsets in UTF-16
 *     units; copied, never null
 * @param media the kind of media attached, {@link MediaKind#NONE} for plain text
 * @param mediaSeconds duration of a voice, video or audio attachment in seconds, else 0
 * @param stickerEmoji the emoji a sticker stands for, or null
 * @param replyToId the id of the message it replies to, or null
 * @param replyToOtherChat true when {@code replyToId} names a message of another chat
 * @param editedAt when it was last edited, or null if never
 * @param forwarded true when it was forwarded from elsewhere
 * @param reactions the reactions it received, one per kind; copied, never null
 */
public record HistoryMessage(
    long id,
    Instant sentAt,
    Sender sender,
    String text,
    List<TextEntity> entities,
    MediaKind media,
    int mediaSeconds,
    String stickerEmoji,
    Long replyToId,
    boolean replyToOtherChat,
    Instant editedAt,
    boolean forwarded,
    List<Reaction> reactions)
    implements HistoryEntry {

  public HistoryMessage {
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(sender, "sender");
    text = text == null ? "" : text;
    entities = entities == null ? List.of() : List.copyOf(entities);
    media = media == null ? MediaKind.NONE : media;
    reactions = reactions == null ? List.of() : List.copyOf(reactions);
    if (mediaSeconds < 0) {
      throw new IllegalArgumentException("mediaSeconds must not be negative, was " + mediaSeconds);
    }
    if (replyToOtherChat && replyToId == null) {
      throw new IllegalArgumentException("replyToOtherChat needs a replyToId");
    }
  }

  /** A plain text message, the common case. */
  public static HistoryMessage text(long id, Instant sentAt, Sender sender, String text) {
    return new HistoryMessage(
        id,
        sentAt,
        sender,
        text,
        List.of(),
        MediaKind.NONE,
        0,
        null,
        null,
        false,
        null,
        false,
        List.of());
  }

  /** The sum of all its reaction counts. */
  public long reactionCount() {
    long total = 0;
    for (int i = 0; i < reactions.size(); i++) {
      total += reactions.get(i).count();
    }
    return total;
  }

  /** True when it replies to a message of the same chat. */
  public boolean repliesInChat() {
    return replyToId != null && !replyToOtherChat;
  }
}
