package dev.gryag.core.context;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.TextEntity;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link MessageStore} in memory: thread-safe (one lock per chat, so chats never wait on each
 * other), lost on restart, and bounded: each chat keeps at most {@code maxPerChat} messages,
 * dropping its oldest unimportant ones beyond that. Search uses an inverted index of lightly
 * stemmed words and looks at each word's newest few thousand occurrences only.
 */
public final class InMemoryMessageStore implements MessageStore {

  /** The default bound per chat. */
  public static final int DEFAULT_MAX_PER_CHAT = 100_000;

  private final long maxPerChat;
  private final ConcurrentMap<ChatId, ChatLog> chats = new ConcurrentHashMap<>();

  /** A store keeping up to {@value #DEFAULT_MAX_PER_CHAT} messages per chat. */
  public InMemoryMessageStore() {
    this(DEFAULT_MAX_PER_CHAT);
  }

  /** A store keeping up to {@code maxPerChat} messages per chat (important ones exempt). */
  public InMemoryMessageStore(long maxPerChat) {
    if (maxPerChat <= 0) {
      throw new IllegalArgumentException("maxPerChat must be positive, was " + maxPerChat);
    }
    this.maxPerChat = maxPerChat;
  }

  @Override
  public boolean append(ChatMessage message) {
    Objects.requireNonNull(message, "message");
    return chats.computeIfAbsent(message.chatId(), id -> new ChatLog(maxPerChat)).append(message);
  }

  @Override
  public int appendAll(List<ChatMessage> messages) {
    int added = 0;
    for (ChatMessage message : List.copyOf(messages)) {
      added += append(message) ? 1 : 0;
    }
    return added;
  }

  @Override
  public boolean edit(MessageRef ref, String text, List<TextEntity> entities, Instant editedAt) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(editedAt, "editedAt");
    List<TextEntity> copied = entities == null ? List.of() : List.copyOf(entities);
    ChatLog log = log(ref.chat());
    return log != null && log.edit(ref.messageId(), text, copied, editedAt);
  }

  @Override
  public Optional<ChatMessage> find(MessageRef ref) {
    ChatLog log = log(ref.chat());
    return log == null ? Optional.empty() : log.find(ref.messageId());
  }

  @Override
  public List<ChatMessage> recent(ChatId chat, int limit) {
    requireLimit(limit);
    ChatLog log = log(chat);
    return log == null || limit == 0 ? List.of() : log.recent(null, true, limit);
  }

  @Override
  public List<ChatMessage> recentInThread(ChatId chat, Long threadId, int limit) {
    requireLimit(limit);
    ChatLog log = log(chat);
    return log == null || limit == 0 ? List.of() : log.recent(threadId, false, limit);
  }

  @Override
  public List<ChatMessage> replyChain(ChatMessage message, int maxDepth) {
    requireLimit(maxDepth);
    ChatLog log = log(message.chatId());
    return log == null ? List.of() : log.replyChain(message, maxDepth);
  }

  @Override
  public List<ChatMessage> neighbours(ChatMessage message, int each) {
    requireLimit(each);
    ChatLog log = log(message.chatId());
    return log == null || each == 0 ? List.of() : log.neighbours(message, each);
  }

  @Override
  public List<ChatMessage> search(ChatId chat, String query, Instant before, int limit) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(before, "before");
    requireLimit(limit);
    ChatLog log = log(chat);
    Set<String> terms = SearchTerms.of(query);
    return log == null || terms.isEmpty() || limit == 0
        ? List.of()
        : log.search(terms, before, limit);
  }

  @Override
  public long count(ChatId chat) {
    ChatLog log = log(chat);
    return log == null ? 0 : log.count();
  }

  @Override
  public List<AuthorActivity> topAuthors(ChatId chat, Instant since, int limit) {
    Objects.requireNonNull(since, "since");
    requireLimit(limit);
    ChatLog log = log(chat);
    return log == null || limit == 0 ? List.of() : log.topAuthors(since, limit);
  }

  @Override
  public List<ChatId> chats() {
    return chats.entrySet().stream()
        .filter(e -> e.getValue().count() > 0)
        .map(e -> e.getKey())
        .sorted(Comparator.comparingLong(ChatId::value))
        .toList();
  }

  @Override
  public long eraseAuthor(ChatId chat, UserId author) {
    Objects.requireNonNull(author, "author");
    ChatLog log = log(chat);
    return log == null ? 0 : log.eraseAuthor(author);
  }

  @Override
  public boolean markImportant(MessageRef ref, boolean important) {
    ChatLog log = log(ref.chat());
    return log != null && log.markImportant(ref.messageId(), important);
  }

  @Override
  public boolean isImportant(MessageRef ref) {
    ChatLog log = log(ref.chat());
    return log != null && log.isImportant(ref.messageId());
  }

  @Override
  public long countBefore(ChatId chat, Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    return selected(chat).stream().mapToLong(log -> log.countBefore(cutoff)).sum();
  }

  @Override
  public int deleteBefore(ChatId chat, Instant cutoff, int limit) {
    Objects.requireNonNull(cutoff, "cutoff");
    requireLimit(limit);
    int deleted = 0;
    for (ChatLog log : selected(chat)) {
      if (deleted == limit) {
        break;
      }
      deleted += log.deleteBefore(cutoff, limit - deleted);
    }
    return deleted;
  }

  @Override
  public int trim(ChatId chat, long keep, int limit) {
    if (keep < 0) {
      throw new IllegalArgumentException("keep must not be negative, was " + keep);
    }
    requireLimit(limit);
    ChatLog log = log(chat);
    return log == null ? 0 : log.trim(keep, limit);
  }

  @Override
  public long move(ChatMigration migration) {
    Objects.requireNonNull(migration, "migration");
    ChatLog source = chats.get(migration.from());
    if (source == null) {
      return 0;
    }
    ChatLog target = chats.computeIfAbsent(migration.to(), id -> new ChatLog(maxPerChat));
    // Both locks, always in chat id order: readers see the messages in one chat or the other.
    boolean sourceFirst = migration.from().value() < migration.to().value();
    synchronized (sourceFirst ? source : target) {
      synchronized (sourceFirst ? target : source) {
        List<ChatLog.Taken> arriving =
            source.all().stream()
                .map(t -> new ChatLog.Taken(migration.moved(t.message()), t.important()))
                .toList(); // mapped before anything changes: a message that cannot move stops it
        source.clear();
        target.absorb(arriving);
        return arriving.size();
      }
    }
  }

  private ChatLog log(ChatId chat) {
    return chats.get(Objects.requireNonNull(chat, "chat"));
  }

  private Collection<ChatLog> selected(ChatId chat) {
    if (chat == null) {
      return chats.values();
    }
    ChatLog log = chats.get(chat);
    return log == null ? List.of() : List.of(log);
  }

  private static void requireLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
  }
}
