package dev.gryag.core.conversation;

import dev.gryag.core.context.MessageStore;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link PendingAnswers} in memory, over any {@link MessageStore}: thread-safe, lost on restart
 * like the in-memory messages it pairs with. One lock makes each append-and-record atomic towards
 * every other call of this object.
 */
public final class InMemoryPendingAnswers implements PendingAnswers {

  private static final Comparator<PendingAnswer> OLDEST_FIRST =
      Comparator.comparing(PendingAnswer::receivedAt)
          .thenComparing(p -> p.chat().id().value())
          .thenComparingLong(PendingAnswer::messageId);

  private final MessageStore messages;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<MessageRef, PendingAnswer> pending = new HashMap<>();

  public InMemoryPendingAnswers(MessageStore messages) {
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  @Override
  public boolean appendAwaiting(ChatMessage message, PendingAnswer answer) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(answer, "pending");
    if (!answer.message().equals(message.ref())) {
      throw new IllegalArgumentException(
          "pending answer for " + answer.message() + " given with message " + message.ref());
    }
    lock.lock();
    try {
      if (!messages.append(message)) {
        return false;
      }
      pending.put(message.ref(), answer);
      return true;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void answered(MessageRef question, List<ChatMessage> delivered) {
    Objects.requireNonNull(question, "question");
    List<ChatMessage> copy = List.copyOf(delivered);
    lock.lock();
    try {
      messages.appendAll(copy);
      pending.remove(question);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean clear(MessageRef question) {
    Objects.requireNonNull(question, "question");
    lock.lock();
    try {
      return pending.remove(question) != null;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<PendingAnswer> oldest(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    lock.lock();
    try {
      return pending.values().stream().sorted(OLDEST_FIRST).limit(limit).toList();
    } finally {
      lock.unlock();
    }
  }
}
