package dev.gryag.core.analytics;

import dev.gryag.core.model.MediaKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The {@code limit} messages with the most reactions, kept in a bounded min-heap. */
final class MostReacted {

  private static final int EXCERPT = 80;
  private static final Comparator<ReactedMessage> FEWEST_FIRST =
      Comparator.comparingLong(ReactedMessage::reactions)
          .thenComparing(ReactedMessage::sentAt, Comparator.reverseOrder());

  private final int limit;
  private final PriorityQueue<ReactedMessage> heap = new PriorityQueue<>(FEWEST_FIRST);

  MostReacted(int limit) {
    this.limit = limit;
  }

  void offer(HistoryMessage message, Sender sender) {
    long count = message.reactionCount();
    if (count == 0) {
      return;
    }
    if (heap.size() == limit) {
      ReactedMessage weakest = heap.peek();
      boolean stronger =
          count > weakest.reactions()
              || (count == weakest.reactions() && message.sentAt().isBefore(weakest.sentAt()));
      if (!stronger) {
        return;
      }
      heap.poll();
    }
    heap.add(
        new ReactedMessage(
            message.id(), message.sentAt(), sender, excerpt(message), count, message.reactions()));
  }

  List<ReactedMessage> report() {
    List<ReactedMessage> list = new ArrayList<>(heap);
    list.sort(FEWEST_FIRST.reversed());
    return list;
  }

  /** The start of the text on one line, or what the message carried. */
  static String excerpt(HistoryMessage message) {
    String text = message.text().strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return mediaLabel(message);
    }
    int end = text.offsetByCodePoints(0, Math.min(EXCERPT, text.codePointCount(0, text.length())));
    return end < text.length() ? text.substring(0, end) + "…" : text;
  }

  private static String mediaLabel(HistoryMessage message) {
    MediaKind media = message.media();
    if (media == MediaKind.STICKER && message.stickerEmoji() != null) {
      return "[sticker " + message.stickerEmoji() + "]";
    }
    return media == MediaKind.NONE ? "[empty]" : "[" + media.name().toLowerCase() + "]";
  }
}
