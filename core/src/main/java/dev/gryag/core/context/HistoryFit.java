package dev.gryag.core.context;

import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses a prompt's history within what its other sections leave: the recent thread (the latest
 * turns without gaps) and older turns that search finds, each with a neighbour either side where it
 * fits. Tokens are the only limit, and the two share them: when the trigger {@link LookBack looks
 * back}, the thread first takes up to {@value #LOOK_BACK_THREAD_SHARE} of the allowance and search
 * the rest; small talk keeps up to {@value #SMALL_TALK_THREAD_SHARE} for the thread. What search
 * leaves goes back to the thread, so the whole allowance is used when the history is larger.
 */
final class HistoryFit {

  static final double LOOK_BACK_THREAD_SHARE = 0.30;
  static final double SMALL_TALK_THREAD_SHARE = 0.75;

  private static final Comparator<ChatMessage> CHRONOLOGICAL =
      Comparator.comparing(ChatMessage::sentAt).thenComparingLong(ChatMessage::messageId);

  /**
   * The history chosen.
   *
   * @param older turns search found and their neighbours, older than the thread, chronological
   * @param thread the latest turns, chronological
   */
  record Chosen(List<ChatMessage> older, List<ChatMessage> thread) {}

  private HistoryFit() {}

  /**
   * Fits the history into {@code left}, keeping room for the {@code separatorCost} turn between the
   * older turns and the thread while there are older turns.
   */
  static Chosen choose(
      MessageStore messages,
      ContextRequest request,
      ContextMaterial material,
      Allowance left,
      int separatorCost,
      TurnCosts costs) {
    int total = left.remaining();
    List<ChatMessage> window = material.recent();
    List<ChatMessage> thread =
        new ArrayList<>(
            left.fitRun(window, share(total, LOOK_BACK_THREAD_SHARE), costs::of, costs::took));
    if (!LookBack.asks(request.trigger(), thread)) {
      int more = share(total, SMALL_TALK_THREAD_SHARE) - (total - left.remaining());
      thread.addAll(
          left.fitRun(window.subList(thread.size(), window.size()), more, costs::of, costs::took));
    }
    Set<MessageRef> taken = new HashSet<>();
    taken.add(request.trigger().ref());
    taken.addAll(ContextMaterial.refs(material.chain()));
    taken.addAll(ContextMaterial.refs(thread));
    List<ChatMessage> older = new ArrayList<>();
    if (left.remaining() > separatorCost + ContextMaterial.MIN_TURN_TOKENS) {
      left.force(separatorCost);
      Instant before = thread.isEmpty() ? request.trigger().sentAt() : thread.getLast().sentAt();
      older.addAll(found(messages, request, before, taken, left, costs));
      if (older.isEmpty()) {
        left.release(separatorCost);
      }
    }
    List<ChatMessage> rest =
        window.subList(thread.size(), window.size()).stream()
            .filter(m -> !taken.contains(m.ref()))
            .toList();
    thread.addAll(left.fitRun(rest, left.remaining(), costs::of, costs::took));
    return split(older, thread);
  }

  /** The best turns search finds that fit, then a neighbour either side of each while any fits. */
  private static List<ChatMessage> found(
      MessageStore messages,
      ContextRequest request,
      Instant before,
      Set<MessageRef> taken,
      Allowance left,
      TurnCosts costs) {
    ChatMessage trigger = request.trigger();
    int limit = left.remaining() / ContextMaterial.MIN_TURN_TOKENS;
    List<ChatMessage> hits =
        left.fit(
            ContextMaterial.fresh(
                request, messages.search(trigger.chatId(), trigger.text(), before, limit), taken),
            left.remaining(),
            costs::of,
            costs::took);
    taken.addAll(ContextMaterial.refs(hits));
    List<ChatMessage> found = new ArrayList<>(hits);
    for (ChatMessage hit : hits) {
      if (left.remaining() < ContextMaterial.MIN_TURN_TOKENS) {
        break;
      }
      List<ChatMessage> around =
          ContextMaterial.fresh(request, messages.neighbours(hit, 1), taken).stream()
              .filter(m -> !request.chat().forum() || Objects.equals(m.threadId(), hit.threadId()))
              .toList();
      List<ChatMessage> near = left.fit(around, left.remaining(), costs::of, costs::took);
      taken.addAll(ContextMaterial.refs(near));
      found.addAll(near);
    }
    return found;
  }

  /**
   * Both parts chronological; found turns the thread grew past (it took the turns around them) join
   * the thread.
   */
  private static Chosen split(List<ChatMessage> older, List<ChatMessage> thread) {
    List<ChatMessage> recent = new ArrayList<>(thread);
    List<ChatMessage> before = new ArrayList<>();
    ChatMessage oldest = thread.isEmpty() ? null : thread.getLast();
    for (ChatMessage message : older) {
      if (oldest != null && CHRONOLOGICAL.compare(message, oldest) > 0) {
        recent.add(message);
      } else {
        before.add(message);
      }
    }
    before.sort(CHRONOLOGICAL);
    recent.sort(CHRONOLOGICAL);
    return new Chosen(List.copyOf(before), List.copyOf(recent));
  }

  private static int share(int total, double fraction) {
    return (int) (total * fraction);
  }
}
