package dev.gryag.core.personalization;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.util.Objects;

/** A member of a chat: the key of the in-memory stores. */
record MemberKey(ChatId chat, UserId member) {

  MemberKey {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(member, "member");
  }
}
