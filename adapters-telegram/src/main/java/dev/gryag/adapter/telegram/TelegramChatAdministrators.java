package dev.gryag.adapter.telegram;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.gryag.core.conversation.ChatAdministrators;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's {@link ChatAdministrators} over the Bot API: each group's admin list from {@code
 * getChatAdministrators}, kept for a TTL and dropped by {@link #forget} when the chat's admins
 * change.
 *
 * <p>One list answers for every member, and it stays small whatever the chat's size (Telegram
 * allows a few dozen admins), so a chat costs one call per TTL however many members ask. Only where
 * Telegram refuses to list a chat's admins (a 400 other than "chat not found") is the one author
 * asked about with {@code getChatMember}, and that answer is kept for the TTL too. Private chats
 * (positive ids) are never asked about: nobody there is an admin.
 *
 * <p>Failures never reach the caller: Telegram unreachable, 5xx, 429, 403 (the bot was removed) or
 * "chat not found" answer "not an admin", are logged once per chat as a warning (then at debug
 * until Telegram answers again), and the chat is asked again after a minute, or after a 429's
 * {@code retry_after}. Thread-safe: concurrent questions about one chat share one call, made on a
 * virtual thread, so a slow answer holds up no other chat.
 */
public final class TelegramChatAdministrators implements ChatAdministrators {

  /** How long a chat's admin list is trusted when nothing says it changed. */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(10);

  private static final Logger log = LoggerFactory.getLogger(TelegramChatAdministrators.class);
  private static final int MAX_ENTRIES = 100_000;

  private record Membership(ChatId chat, UserId user) {}

  private final AdminQueries queries;
  private final AsyncLoadingCache<ChatId, AdminRoster> chats;
  private final AsyncLoadingCache<Membership, AdminRoster> members;
  private final Cache<ChatId, Boolean> failing;

  /**
   * @param ttl how long a chat's admin list is trusted; positive
   */
  public TelegramChatAdministrators(TelegramClient client, Duration ttl) {
    this(
        client,
        ttl,
        Ticker.systemTicker(),
        task -> Thread.ofVirtual().name("telegram-admins").start(task));
  }

  TelegramChatAdministrators(
      TelegramClient client, Duration ttl, Ticker ticker, Executor executor) {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    this.queries = new AdminQueries(Objects.requireNonNull(client, "client"));
    this.chats =
        Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfter(Expiry.<ChatId, AdminRoster>creating((c, r) -> r.trustFor(ttl)))
            .ticker(ticker)
            .executor(executor)
            .buildAsync(chat -> noted(chat, queries.admins(chat)));
    this.members =
        Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfter(Expiry.<Membership, AdminRoster>creating((m, r) -> r.trustFor(ttl)))
            .ticker(ticker)
            .executor(executor)
            .buildAsync(m -> noted(m.chat(), queries.member(m.chat(), m.user())));
    this.failing = Caffeine.newBuilder().maximumSize(10_000).ticker(ticker).build();
  }

  /**
   * Whether Telegram names {@code user} the creator or an administrator of {@code chat}; false for
   * private chats and whenever Telegram cannot be asked (see the class description).
   */
  @Override
  public boolean isAdmin(ChatId chat, UserId user) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(user, "user");
    if (chat.value() > 0) {
      return false;
    }
    AdminRoster roster = await(chats.get(chat));
    if (roster instanceof AdminRoster.Unlisted) {
      roster = await(members.get(new Membership(chat, user)));
    }
    return roster instanceof AdminRoster.Listed listed && listed.admins().contains(user);
  }

  /**
   * Forgets what Telegram said about {@code chat}'s admins, so that the next question asks again:
   * call it when a {@code chat_member} or {@code my_chat_member} update says they may have changed.
   */
  public void forget(ChatId chat) {
    Objects.requireNonNull(chat, "chat");
    chats.synchronous().invalidate(chat);
    members.synchronous().asMap().keySet().removeIf(m -> m.chat().equals(chat));
  }

  private AdminRoster noted(ChatId chat, AdminRoster roster) {
    switch (roster) {
      case AdminRoster.Unknown unknown -> {
        boolean first = failing.asMap().putIfAbsent(chat, Boolean.TRUE) == null;
        String line =
            "could not ask Telegram who administers chat {}: {}; only the bot's owners count as"
                + " admins there until it answers";
        if (first) {
          log.warn(line, chat, unknown.reason());
        } else {
          log.debug(line, chat, unknown.reason());
        }
      }
      case AdminRoster.Unlisted unlisted -> {
        failing.invalidate(chat);
        log.debug(
            "Telegram will not list the admins of chat {} ({}); asking member by member",
            chat,
            unlisted.reason());
      }
      case AdminRoster.Listed listed -> failing.invalidate(chat);
    }
    return roster;
  }

  private static AdminRoster await(CompletableFuture<AdminRoster> answer) {
    try {
      return answer.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new AdminRoster.Unknown("interrupted", null);
    } catch (ExecutionException e) {
      return new AdminRoster.Unknown(String.valueOf(e.getCause()), null);
    }
  }

  @Override
  public String toString() {
    return "TelegramChatAdministrators[" + chats.synchronous().estimatedSize() + " chats]";
  }
}
