package dev.gryag.core.conversation;

import dev.gryag.core.model.ChatId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sender that records what it was asked to send and delivers it, giving ids from 10,000 up; a
 * text with a {@code "\n---\n"} is delivered in two parts. It can be told to fail.
 */
final class RecordingSender implements MessageSender {

  static final String PART_BREAK = "\n---\n";

  final List<OutgoingMessage> sent = new CopyOnWriteArrayList<>();
  final AtomicInteger typingOpened = new AtomicInteger();
  final AtomicInteger typingClosed = new AtomicInteger();
  private final AtomicLong ids = new AtomicLong(10_000);
  private final Clock clock;
  private volatile DeliveryException failure;
  private volatile ChatId movedTo;

  RecordingSender(Clock clock) {
    this.clock = clock;
  }

  @Override
  public SentMessage send(OutgoingMessage message) {
    if (failure != null) {
      throw failure;
    }
    sent.add(message);
    List<Long> partIds = new ArrayList<>();
    List<String> parts = List.of(message.text().split(PART_BREAK));
    for (int i = 0; i < parts.size(); i++) {
      partIds.add(ids.incrementAndGet());
    }
    return new SentMessage(partIds, parts, clock.instant(), movedTo);
  }

  @Override
  public TypingIndicator typing(ChatId chat, Long threadId) {
    typingOpened.incrementAndGet();
    return typingClosed::incrementAndGet;
  }

  /** From now on the chat asked for has become {@code supergroup}: parts go there. */
  void deliverTo(ChatId supergroup) {
    movedTo = supergroup;
  }

  void failWith(DeliveryException.Kind kind) {
    failure = new DeliveryException(kind, "scripted failure");
  }

  /** Fails as a sender does that found the chat had become {@code supergroup}, then failed. */
  void failWith(DeliveryException.Kind kind, ChatId supergroup) {
    failure = new DeliveryException(kind, "scripted failure", null, supergroup);
  }

  List<String> texts() {
    return sent.stream().map(OutgoingMessage::text).toList();
  }

  OutgoingMessage last() {
    return sent.getLast();
  }
}
