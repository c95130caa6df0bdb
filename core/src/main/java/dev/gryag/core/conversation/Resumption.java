package dev.gryag.core.conversation;

import dev.gryag.core.analyzer.TextAnalyzer;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.model.ChatMessage;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@link ConversationService#resume} found of the answers a previous run left pending.
 *
 * @param answers those still worth giving, oldest first: hand each to {@link
 *     ConversationService#respond} in its chat's lane
 * @param dropped how many were past their deadline, or whose message is gone, and were cleared
 */
public record Resumption(List<Accepted> answers, int dropped) {

  private static final System.Logger LOG = System.getLogger(Resumption.class.getName());

  public Resumption {
    answers = List.copyOf(answers);
    if (dropped < 0) {
      throw new IllegalArgumentException("dropped must not be negative, was " + dropped);
    }
  }

  /** The oldest pending answers still live at {@code now}; the others are cleared and counted. */
  static Resumption find(
      PendingAnswers pending,
      MessageStore messages,
      TextAnalyzer analyzer,
      Instant now,
      int limit) {
    List<Accepted> live = new ArrayList<>();
    int dropped = 0;
    for (PendingAnswer answer : pending.oldest(limit)) {
      Optional<ChatMessage> message = messages.find(answer.message());
      if (message.isPresent() && answer.liveAt(now)) {
        ChatMessage stored = message.get();
        IncomingMessage in = IncomingMessage.of(answer.chat(), stored);
        live.add(Accepted.resumed(in, stored, analyzer.analyze(stored.text()), answer));
        continue;
      }
      LOG.log(
          Level.INFO,
          "dropped the pending answer to "
              + answer.message()
              + (message.isEmpty()
                  ? ": the message is no longer stored"
                  : " (received " + answer.receivedAt() + ", deadline " + answer.deadline() + ")"));
      pending.clear(answer.message());
      dropped++;
    }
    return new Resumption(live, dropped);
  }
}
