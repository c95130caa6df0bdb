package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Asks the Bot API who administers a chat ({@code getChatAdministrators}) or whether one member
 * does ({@code getChatMember}), and turns every answer, failures included, into an {@link
 * AdminRoster}. Never throws.
 */
final class AdminQueries {

  private final TelegramClient client;

  AdminQueries(TelegramClient client) {
    this.client = client;
  }

  /**
   * The chat's creator and administrators; {@link AdminRoster.Unlisted} when Telegram won't say.
   */
  AdminRoster admins(ChatId chat) {
    ObjectNode payload = TelegramClient.JSON.createObjectNode().put("chat_id", chat.value());
    ApiResult<BotApiTypes.ChatMember[]> result;
    try {
      result = client.call("getChatAdministrators", payload, BotApiTypes.ChatMember[].class);
    } catch (IOException e) {
      return new AdminRoster.Unknown(e.getMessage(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new AdminRoster.Unknown("interrupted", null);
    }
    return switch (result) {
      case ApiResult.Ok<BotApiTypes.ChatMember[]> ok -> new AdminRoster.Listed(admins(ok.value()));
      case ApiResult.Failed<BotApiTypes.ChatMember[]> failed -> refused(failed.error());
    };
  }

  /** Whether {@code user} administers {@code chat}, as a roster of them alone or of nobody. */
  AdminRoster member(ChatId chat, UserId user) {
    ObjectNode payload =
        TelegramClient.JSON
            .createObjectNode()
            .put("chat_id", chat.value())
            .put("user_id", user.value());
    ApiResult<BotApiTypes.ChatMember> result;
    try {
      result = client.call("getChatMember", payload, BotApiTypes.ChatMember.class);
    } catch (IOException e) {
      return new AdminRoster.Unknown(e.getMessage(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new AdminRoster.Unknown("interrupted", null);
    }
    return switch (result) {
      case ApiResult.Ok<BotApiTypes.ChatMember> ok ->
          new AdminRoster.Listed(administers(ok.value()) ? Set.of(user) : Set.of());
      case ApiResult.Failed<BotApiTypes.ChatMember> failed ->
          // A 400 about the member (not in the chat, never seen by the bot) makes no admin.
          refused(failed.error()) instanceof AdminRoster.Unknown unknown
              ? unknown
              : new AdminRoster.Listed(Set.of());
    };
  }

  private static AdminRoster refused(ApiError error) {
    if (error.code() == 400 && !error.chatUnavailable()) {
      return new AdminRoster.Unlisted(error.toString());
    }
    return new AdminRoster.Unknown(error.toString(), error.retryAfter());
  }

  private static Set<UserId> admins(BotApiTypes.ChatMember[] members) {
    Set<UserId> admins = new HashSet<>();
    for (BotApiTypes.ChatMember member :
        members == null ? new BotApiTypes.ChatMember[0] : members) {
      if (administers(member)) {
        admins.add(UserId.of(member.user().id()));
      }
    }
    return admins;
  }

  private static boolean administers(BotApiTypes.ChatMember member) {
    if (member == null || member.user() == null || member.status() == null) {
      return false;
    }
    try {
      return MemberStatus.parse(member.status()).administers();
    } catch (IllegalArgumentException e) {
      return false; // a status newer than this code: not one of the two admin statuses
    }
  }
}
