package dev.gryag.app.bot;

import dev.gryag.adapter.telegram.TelegramChatAdministrators;
import dev.gryag.adapter.telegram.TelegramEvent;
import dev.gryag.adapter.telegram.UpdateHandler;
import dev.gryag.app.bot.ops.BotMetrics;
import dev.gryag.app.bot.ops.ModelTime;
import dev.gryag.app.bot.ops.SendWaits;
import dev.gryag.core.chats.ChatAvailability;
import dev.gryag.core.conversation.Accepted;
import dev.gryag.core.conversation.ChatLanes;
import dev.gryag.core.conversation.ConversationService;
import dev.gryag.core.conversation.IncomingMessage;
import dev.gryag.core.conversation.Outcome;
import dev.gryag.core.conversation.Resumption;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import jakarta.inject.Inject;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Takes each Telegram event from a receiver: stores a message durably before returning (so the
 * receiver may commit the update's offset), then answers it in its chat's serial lane. It never
 * waits for a lane: a slow chat only slows its own lane, and when lanes are full the oldest message
 * no one awaits an answer to is dropped from the chat's lane (it stays stored, only its profile
 * folding and unsolicited chance are lost), while a message the bot owes an answer is always
 * queued; it is durable as a pending answer anyway. What happens to a chat the bot joined or left,
 * or a group that became a supergroup, is core's {@link ChatAvailability}: this only tells it.
 */
final class UpdateRouter implements UpdateHandler {

  private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);

  private final ConversationService conversation;
  private final ChatAvailability chats;
  private final ChatLanes lanes;
  private final BotMetrics metrics;
  private final TelegramChatAdministrators administrators;

  @Inject
  UpdateRouter(
      ConversationService conversation,
      ChatAvailability chats,
      ChatLanes lanes,
      BotMetrics metrics,
      TelegramChatAdministrators administrators) {
    this.conversation = conversation;
    this.chats = chats;
    this.lanes = lanes;
    this.metrics = metrics;
    this.administrators = administrators;
  }

  @Override
  public void handle(TelegramEvent event) {
    metrics.updateReceived();
    MDC.put("update", Long.toString(event.updateId()));
    try {
      switch (event) {
        case TelegramEvent.NewMessage m -> onMessage(m);
        case TelegramEvent.BotMembershipChanged c -> onMembership(c);
        case TelegramEvent.MemberStatusChanged c -> onMemberStatus(c);
        case TelegramEvent.ChatMigrated c -> onMigration(c);
      }
    } finally {
      MDC.remove("update");
      MDC.remove("chat");
    }
  }

  private void onMessage(TelegramEvent.NewMessage event) {
    MDC.put("chat", event.chat().id().toString());
    IncomingMessage in = IncomingMessage.of(event.chat(), event.message());
    if (event.repliedToAuthor() != null) {
      in = in.replyingTo(event.repliedToAuthor());
    }
    long started = System.nanoTime();
    Accepted accepted = conversation.accept(event.edited() ? in.asEdit() : in);
    long acceptNanos = System.nanoTime() - started;
    if (accepted.isSettled()) {
      Outcome outcome = conversation.respond(accepted);
      metrics.outcome(outcome);
      metrics.updateHandled("settled");
      log.debug("message {} settled: {}", event.message().ref(), outcome);
      return;
    }
    metrics.updateHandled("stored");
    long updateId = event.updateId();
    Runnable answer = () -> respond(accepted, updateId, acceptNanos);
    if (accepted.awaitsAnswer()) {
      lanes.submit(accepted.chat(), answer);
    } else if (!lanes.offer(accepted.chat(), answer)) {
      log.debug("lane of chat {} is full: message {} only stored", accepted.chat(), accepted);
    }
  }

  @Override
  public void skipped(long updateId, String reason) {
    metrics.updateSkipped(reason);
  }

  /**
   * Queues the answers a previous run left pending, oldest first, in their chats' lanes: call it
   * before receiving starts, so that they come before anything new in the same chat.
   */
  void resume(Resumption resumption) {
    for (Accepted accepted : resumption.answers()) {
      lanes.submit(accepted.chat(), () -> respond(accepted, 0, 0));
    }
    metrics.pendingAnswers(resumption.answers().size(), resumption.dropped());
    if (!resumption.answers().isEmpty() || resumption.dropped() > 0) {
      log.info(
          "answering {} message(s) a previous run left unanswered; {} were too old or gone",
          resumption.answers().size(),
          resumption.dropped());
    }
  }

  private void respond(Accepted accepted, long updateId, long acceptNanos) {
    MDC.put("update", updateId > 0 ? Long.toString(updateId) : "resumed");
    MDC.put("chat", accepted.chat().toString());
    try {
      ModelTime.takeSpent();
      SendWaits.takeWaited();
      long started = System.nanoTime();
      Outcome outcome = conversation.respond(accepted);
      long elapsed = System.nanoTime() - started;
      long model = ModelTime.takeSpent();
      long waited = SendWaits.takeWaited();
      metrics.outcome(outcome);
      log.info("{}", describe(outcome));
      metrics.overhead(outcome, Duration.ofNanos(acceptNanos + elapsed - model - waited));
      if (waited > 0) {
        metrics.sendWait(Duration.ofNanos(waited));
      }
    } finally {
      MDC.remove("update");
      MDC.remove("chat");
    }
  }

  private void onMembership(TelegramEvent.BotMembershipChanged event) {
    ChatId chat = event.chat().id();
    MDC.put("chat", chat.toString());
    if (event.member()) {
      chats.botJoined(chat);
    } else {
      chats.botLeft(chat);
    }
    administrators.forget(chat);
    metrics.updateHandled("membership");
    log.info(
        "bot is {} the chat \"{}\" ({} -> {})",
        event.member() ? "now a member of" : "no longer in",
        event.chat().title(),
        event.before(),
        event.after());
  }

  /** A promotion or demotion counts at once: the chat's admin list is asked for again. */
  private void onMemberStatus(TelegramEvent.MemberStatusChanged event) {
    MDC.put("chat", event.chat().id().toString());
    if (event.adminsChanged()) {
      administrators.forget(event.chat().id());
    }
    metrics.updateHandled("member");
    log.debug(
        "member {} of chat {}: {} -> {}",
        event.member().id(),
        event.chat().id(),
        event.before(),
        event.after());
  }

  /**
   * Telegram reports a migration in both chats; each report is handed over durably before the
   * update is committed (the history moves at once, and the old chat's lane is swept later).
   */
  private void onMigration(TelegramEvent.ChatMigrated event) {
    MDC.put("chat", event.to().toString());
    chats.migrated(new ChatMigration(event.from(), event.to()));
    metrics.updateHandled("migration");
    log.info("group {} became supergroup {}", event.from(), event.to());
  }

  /** A log line for an outcome: what happened, never the message text. */
  private static String describe(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Replied r ->
          "replied (" + r.trigger() + ") in " + r.sentMessageIds().size() + " part(s)";
      case Outcome.Ignored i -> "ignored: " + i.reason();
      case Outcome.RateLimited l ->
          "rate-limited (" + l.scope() + ")" + (l.noticeSent() ? ", notice sent" : "");
      case Outcome.CommandHandled c -> "command /" + c.command();
      case Outcome.Unanswered u ->
          "unanswered (" + u.failure() + ")" + (u.fallbackSent() ? ", fallback line sent" : "");
    };
  }
}
