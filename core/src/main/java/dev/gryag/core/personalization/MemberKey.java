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

  /**
   * Mixes both ids (SplitMix64's finaliser): the record's default {@code 31 * chat + member}
   * collides for neighbouring ids, which turns hash-map bins into trees.
   */
  @Override
  public int hashCode() {
    long h = chat.value() * 0x9E3779B97F4A7C15L + member.value();
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return (int) (h ^ (h >>> 31) ^ (h >>> 32));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MemberKey that && chat.equals(that.chat) && member.equals(that.member);
  }
}
