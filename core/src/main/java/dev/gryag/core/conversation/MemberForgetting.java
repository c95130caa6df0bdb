package dev.gryag.core.conversation;

import dev.gryag.core.context.MessageStore;
import dev.gryag.core.forgetting.MemberMentions;
import dev.gryag.core.forgetting.Tombstone;
import dev.gryag.core.forgetting.Tombstones;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The one way a member is forgotten: in a chat ({@code /forget}, {@code /optout}, {@code gryag
 * forget --chat}) or in every chat ({@code gryag forget}). First a {@link Tombstone} is recorded,
 * so that from then on whatever brings their older data back leaves it out (a late or redelivered
 * update: {@link #buried}; an import; a restore). Then the names they were known by are collected,
 * their messages, profile, facts and preferences erased, and the text that speaks of them — the
 * summaries made from their messages or naming them — dropped through {@link MemberMentions}.
 *
 * <p>A failure part-way leaves the tombstone and what was erased; running it again completes the
 * rest (though names, once the profile went, are no longer known to find summaries by).
 * Thread-safe. Storage failures throw {@link dev.gryag.core.StoreException}.
 */
public final class MemberForgetting {

  private final MessageStore messages;
  private final MemberMemory memory;
  private final Tombstones tombstones;
  private final MemberMentions mentions;

  /**
   * @param messages the messages to erase theirs from
   * @param memory what is known about members, erased through it
   * @param tombstones where the tombstones go
   * @param mentions what else speaks of members; {@link MemberMentions#NONE} for nothing
   */
  public MemberForgetting(
      MessageStore messages, MemberMemory memory, Tombstones tombstones, MemberMentions mentions) {
    this.messages = Objects.requireNonNull(messages, "messages");
    this.memory = Objects.requireNonNull(memory, "memory");
    this.tombstones = Objects.requireNonNull(tombstones, "tombstones");
    this.mentions = Objects.requireNonNull(mentions, "mentions");
  }

  /**
   * Forgets the member in the chat as of {@code at} ({@code /forget}: the command's time). Their
   * opt-out, if any, stays.
   */
  public Forgotten forget(ChatId chat, UserId member, Instant at) {
    return inChat(chat, member, at, memory::forget);
  }

  /**
   * Forgets the member in the chat as of {@code at} and keeps nothing of theirs from then on, until
   * they opt in again ({@code /optout}).
   */
  public Forgotten optOut(ChatId chat, UserId member, Instant at) {
    return inChat(chat, member, at, memory::optOut);
  }

  /**
   * Forgets the member in every chat as of {@code at}: one tombstone for every chat; their data
   * erased in {@code chats} (those holding something of theirs), and what speaks of them dropped
   * there and in every other chat that keeps such text, by every name any of {@code chats} knew
   * them by.
   *
   * @return per chat, {@code chats} in order, then the others where something went
   */
  public List<Forgotten> everywhere(UserId member, List<ChatId> chats, Instant at) {
    Objects.requireNonNull(member, "member");
    tombstones.add(Tombstone.everywhere(member, at));
    Set<String> names = new LinkedHashSet<>();
    for (ChatId chat : chats) {
      names.addAll(memory.names(chat, member));
    }
    List<Forgotten> forgotten = new ArrayList<>();
    for (ChatId chat : chats) {
      forgotten.add(erase(chat, member, names, memory::forget));
    }
    for (ChatId chat : mentions.chats()) {
      long dropped = chats.contains(chat) ? 0 : mentions.drop(chat, member, names);
      if (dropped > 0) {
        forgotten.add(new Forgotten(chat, 0, 0, dropped));
      }
    }
    return forgotten;
  }

  /**
   * True when the message's author was forgotten in its chat as of its time or later: a late or
   * redelivered update, or an old message brought back, which is not to be stored.
   */
  public boolean buried(ChatMessage message) {
    return tombstones
        .find(message.chatId(), message.author().id())
        .filter(t -> t.buries(message.chatId(), message.sentAt()))
        .isPresent();
  }

  private Forgotten inChat(
      ChatId chat, UserId member, Instant at, BiFunction<ChatId, UserId, Long> eraseMemory) {
    Objects.requireNonNull(member, "member");
    tombstones.add(new Tombstone(member, Objects.requireNonNull(chat, "chat"), at));
    return erase(chat, member, memory.names(chat, member), eraseMemory);
  }

  private Forgotten erase(
      ChatId chat, UserId member, Set<String> names, BiFunction<ChatId, UserId, Long> eraseMemory) {
    long erasedMessages = messages.eraseAuthor(chat, member);
    long records = eraseMemory.apply(chat, member);
    long summaries = mentions.drop(chat, member, names);
    return new Forgotten(chat, erasedMessages, records, summaries);
  }
}
