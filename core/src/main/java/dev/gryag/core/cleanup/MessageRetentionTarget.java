package dev.gryag.core.cleanup;

import dev.gryag.core.cleanup.RetentionPolicy.MessageRetention;
import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Retention of messages, chat by chat, oldest first: each chunk is summarised (when compaction is
 * on) and then deleted. Important messages are never deleted, even if the message side fails to
 * leave them out.
 */
final class MessageRetentionTarget implements RetentionTarget {

  /** At most this many messages go into one summary, which bounds the prompt. */
  static final int SUMMARY_CHUNK = 200;

  private static final System.Logger LOG = System.getLogger(MessageRetentionTarget.class.getName());

  private final ExpiringMessages messages;
  private final MessageRetention rule;
  private final Predicate<MessageRef> important;
  private final Optional<Compactor> compactor;

  MessageRetentionTarget(
      ExpiringMessages messages,
      MessageRetention rule,
      Predicate<MessageRef> important,
      Optional<Compactor> compactor) {
    if (rule.compaction() == Compaction.REQUIRED && compactor.isEmpty()) {
      throw new IllegalArgumentException(
          "messages.compaction is REQUIRED but no summariser is configured");
    }
    this.messages = messages;
    this.rule = rule;
    this.important = important;
    this.compactor = rule.compaction() == Compaction.OFF ? Optional.empty() : compactor;
  }

  @Override
  public DataKind kind() {
    return DataKind.MESSAGES;
  }

  @Override
  public long countDue(Instant now) {
    Instant cutoff = now.minus(rule.maxAge());
    return messages.chats().stream()
        .mapToLong(chat -> messages.countExpired(chat, cutoff, rule.maxPerChat()))
        .sum();
  }

  @Override
  public Sweep sweep(Instant now) {
    return new ChatByChat(now, messages.chats());
  }

  /** One sweep: walks the chats known at its start, finishing each before the next. */
  private final class ChatByChat implements Sweep {
    private final Instant now;
    private final Instant cutoff;
    private final List<ChatId> chats;
    private int current;

    ChatByChat(Instant now, List<ChatId> chats) {
      this.now = now;
      this.cutoff = now.minus(rule.maxAge());
      this.chats = List.copyOf(chats);
    }

    @Override
    public BatchResult next(int limit) {
      int removed = 0;
      int summaries = 0;
      int failures = 0;
      while (current < chats.size() && removed < limit) {
        ChatId chat = chats.get(current);
        int chunk = Math.min(limit - removed, compactor.isPresent() ? SUMMARY_CHUNK : limit);
        List<ChatMessage> due =
            messages.expired(chat, cutoff, rule.maxPerChat(), chunk).stream()
                .filter(m -> !important.test(m.ref()))
                .toList();
        if (due.isEmpty()) {
          current++; // nothing (deletable) left in this chat
          continue;
        }
        Optional<SummaryOutcome> outcome = summarise(chat, due);
        if (outcome.orElse(null) instanceof SummaryOutcome.Failed failed) {
          failures++;
          LOG.log(
              Level.WARNING,
              "could not summarise "
                  + due.size()
                  + " old messages of chat "
                  + chat
                  + ": "
                  + failed.reason());
          if (rule.compaction() == Compaction.REQUIRED) {
            current++; // keep them until a summary succeeds, on a later run
            continue;
          }
        } else if (outcome.isPresent()) {
          summaries++;
        }
        int deleted = messages.delete(chat, due.stream().map(ChatMessage::messageId).toList());
        removed += deleted;
        if (deleted == 0) {
          current++; // no progress: another cleanup got there first
        }
      }
      return new BatchResult(removed, summaries, failures, current >= chats.size());
    }

    /** Writes the summary of {@code due}; empty when compaction is off or nothing may be told. */
    private Optional<SummaryOutcome> summarise(ChatId chat, List<ChatMessage> due) {
      if (compactor.isEmpty()) {
        return Optional.empty();
      }
      Compactor c = compactor.get();
      List<ChatMessage> told =
          due.stream().filter(m -> !c.leftOut().test(chat, m.author().id())).toList();
      if (told.isEmpty()) {
        return Optional.empty();
      }
      SummaryOutcome outcome = c.summarizer().summarize(chat, told);
      if (outcome instanceof SummaryOutcome.Written written) {
        Set<Long> ids = new HashSet<>();
        told.forEach(m -> ids.add(m.messageId()));
        c.store()
            .save(
                new ChatSummary(
                    chat,
                    ids.stream().min(Long::compare).orElseThrow(),
                    ids.stream().max(Long::compare).orElseThrow(),
                    told.get(0).sentAt(),
                    told.get(told.size() - 1).sentAt(),
                    told.size(),
                    written.text(),
                    written.provider(),
                    now,
                    told.stream().map(m -> m.author().id()).collect(Collectors.toSet())));
      }
      return Optional.of(outcome);
    }
  }
}
