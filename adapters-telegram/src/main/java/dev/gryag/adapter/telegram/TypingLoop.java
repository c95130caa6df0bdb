package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gryag.core.conversation.MessageSender;
import dev.gryag.core.model.ChatId;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps "typing…" visible: Telegram shows a chat action for about five seconds, so it is sent again
 * every {@code refresh} on a virtual thread until closed (or for at most {@link #MAX_REFRESHES}
 * times, in case a caller forgets to close it).
 */
final class TypingLoop implements MessageSender.TypingIndicator {

  private static final Logger log = LoggerFactory.getLogger(TypingLoop.class);
  static final int MAX_REFRESHES = 30;

  private final TelegramClient client;
  private final ChatId chat;
  private final ObjectNode payload;
  private final Sleeper sleeper;
  private final Duration refresh;
  private final Thread thread;
  private volatile boolean closed;

  private TypingLoop(
      TelegramClient client, ChatId chat, Long threadId, Sleeper sleeper, Duration refresh) {
    this.client = client;
    this.chat = chat;
    this.sleeper = sleeper;
    this.refresh = refresh;
    this.payload =
        TelegramClient.JSON.createObjectNode().put("chat_id", chat.value()).put("action", "typing");
    if (threadId != null) {
      payload.put("message_thread_id", threadId);
    }
    this.thread = Thread.ofVirtual().name("telegram-typing-" + chat).unstarted(this::run);
  }

  static TypingLoop start(
      TelegramClient client, ChatId chat, Long threadId, Sleeper sleeper, Duration refresh) {
    TypingLoop loop = new TypingLoop(client, chat, threadId, sleeper, refresh);
    loop.thread.start();
    return loop;
  }

  private void run() {
    try {
      for (int i = 0; i < MAX_REFRESHES && !closed && show(); i++) {
        sleeper.sleep(refresh);
      }
    } catch (InterruptedException e) {
      // Closed while waiting: the indicator simply stops.
    }
  }

  /** Sends the chat action once; false when it is pointless to go on. */
  private boolean show() throws InterruptedException {
    try {
      ApiResult<Boolean> result = client.call("sendChatAction", payload, Boolean.class);
      if (result instanceof ApiResult.Failed<Boolean> failed) {
        ApiError error = failed.error();
        log.warn("typing indicator in chat {} failed: {}", chat, error);
        return !(error.chatUnavailable() || error.code() == 401);
      }
    } catch (IOException e) {
      log.debug("typing indicator in chat {} failed: {}", chat, e.getMessage());
    }
    return true;
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }

  /** Waits for the loop to end; for tests. */
  void awaitStopped() throws InterruptedException {
    thread.join();
  }
}
