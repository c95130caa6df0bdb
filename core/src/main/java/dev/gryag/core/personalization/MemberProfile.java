package dev.gryag.core.personalization;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * What the bot has learned about one member from their messages in one chat. An immutable value
 * made of scalars, bounded maps of {@code String} to {@code Long}/{@code Double} and two small
 * {@code long} arrays, so a store can keep it as columns plus a few JSON documents. {@link
 * ProfileFolder} builds it message by message.
 *
 * @param chat the chat
 * @param member the member
 * @param firstSeen when the member's earliest folded message was sent
 * @param lastSeen when the member's newest folded message was sent
 * @param lastMessageId the id of that newest message (breaks ties between messages of one second)
 * @param messages how many messages were folded; at least 1
 * @param names display names and usernames
 * @param activity messages by hour and weekday
 * @param speech length, language and style counts
 * @param emoji emoji habits
 * @param mood sentiment averages and emotions
 * @param interests time-decayed topics and keywords
 * @param replies who the member replies to and who replies to them
 */
public record MemberProfile(
    ChatId chat,
    UserId member,
    Instant firstSeen,
    Instant lastSeen,
    long lastMessageId,
    long messages,
    NameHistory names,
    ActivityHistogram activity,
    SpeechStats speech,
    EmojiHabits emoji,
    MoodTrend mood,
    InterestScores interests,
    ReplyCounts replies) {

  public MemberProfile {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(speech, "speech");
    Objects.requireNonNull(emoji, "emoji");
    Objects.requireNonNull(mood, "mood");
    Objects.requireNonNull(interests, "interests");
    Objects.requireNonNull(replies, "replies");
    if (lastSeen.isBefore(firstSeen)) {
      throw new IllegalArgumentException(
          "lastSeen " + lastSeen + " must not be before firstSeen " + firstSeen);
    }
    if (messages < 1) {
      throw new IllegalArgumentException("a profile needs at least one message, had " + messages);
    }
    if (lastMessageId <= 0) {
      throw new IllegalArgumentException("lastMessageId must be positive, was " + lastMessageId);
    }
  }

  /** This profile with other reply counts. */
  MemberProfile withReplies(ReplyCounts newReplies) {
    return new MemberProfile(
        chat,
        member,
        firstSeen,
        lastSeen,
        lastMessageId,
        messages,
        names,
        activity,
        speech,
        emoji,
        mood,
        interests,
        newReplies);
  }

  /** This profile moved to the supergroup its group became (see {@link ChatMigration}). */
  MemberProfile movedBy(ChatMigration migration) {
    if (!chat.equals(migration.from())) {
      throw new IllegalArgumentException(
          "the profile of member " + member + " in chat " + chat + " cannot move " + migration);
    }
    return new MemberProfile(
        migration.to(),
        member,
        firstSeen,
        lastSeen,
        migration.movedMessageId(lastMessageId),
        messages,
        names,
        activity,
        speech,
        emoji,
        mood,
        interests,
        replies);
  }

  /** The name to show: the newest display name, else {@code @username}, else {@code #id}. */
  public String name() {
    if (!names.displayName().isBlank()) {
      return names.displayName();
    }
    return names.username() != null ? "@" + names.username() : "#" + member;
  }
}
