package dev.gryag.core.conversation;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.UserId;
import java.util.Optional;
import java.util.Set;

/**
 * What the conversation needs from personalization: it folds each member's messages into a profile
 * and facts, describes members for the prompt, and forgets them on request. The personalization
 * package implements it; {@link #NONE} remembers nothing.
 *
 * <p>Contract: thread-safe; every method is per chat (a member's profile in one chat says nothing
 * in another); a member who opted out is never described and nothing of theirs is kept. Storage
 * failures throw {@link dev.gryag.core.StoreException}.
 */
public interface MemberMemory {

  /** Folds one stored member message (with its analysis) into the author's profile and facts. */
  void observe(ChatMessage message, Analysis analysis);

  /**
   * A compact description of the member for the prompt, at most {@code maxChars} characters, in the
   * chat's language; empty when nothing is known or the member opted out.
   */
  String describe(ChatId chat, UserId member, int maxChars);

  /** A readable report of the member's profile and facts for {@code /profile}; empty if none. */
  Optional<String> report(ChatId chat, UserId member);

  /** What the bot holds as facts about the member, with the keys to forget them: {@code /facts}. */
  Optional<String> factsReport(ChatId chat, UserId member);

  /** Erases the member's profile, facts and preferences in the chat; returns how many went. */
  long forget(ChatId chat, UserId member);

  /** Erases one fact by its key ({@code /forget KEY}); true when there was one. */
  boolean forgetFact(ChatId chat, UserId member, String key);

  /** True when the member asked the bot to keep nothing about them. */
  boolean optedOut(ChatId chat, UserId member);

  /**
   * Opts the member out in the chat ({@code /optout}): erases their profile and facts and keeps
   * nothing of theirs from now on; returns how many records went.
   */
  long optOut(ChatId chat, UserId member);

  /** Lifts the member's opt-out in the chat ({@code /optin}); true when they had opted out. */
  boolean optIn(ChatId chat, UserId member);

  /**
   * The names the member is known by in the chat — display names and usernames seen, the name they
   * stated and the one they asked to be called — so that what else speaks of them can be found
   * before they are forgotten; empty when none is known.
   */
  Set<String> names(ChatId chat, UserId member);

  /** A memory that keeps nothing: for bots that want no personalization. */
  MemberMemory NONE =
      new MemberMemory() {
        @Override
        public void observe(ChatMessage message, Analysis analysis) {}

        @Override
        public String describe(ChatId chat, UserId member, int maxChars) {
          return "";
        }

        @Override
        public Optional<String> report(ChatId chat, UserId member) {
          return Optional.empty();
        }

        @Override
        public Optional<String> factsReport(ChatId chat, UserId member) {
          return Optional.empty();
        }

        @Override
        public long forget(ChatId chat, UserId member) {
          return 0;
        }

        @Override
        public boolean forgetFact(ChatId chat, UserId member, String key) {
          return false;
        }

        @Override
        public boolean optedOut(ChatId chat, UserId member) {
          return false;
        }

        @Override
        public long optOut(ChatId chat, UserId member) {
          return 0;
        }

        @Override
        public boolean optIn(ChatId chat, UserId member) {
          return false;
        }

        @Override
        public Set<String> names(ChatId chat, UserId member) {
          return Set.of();
        }
      };
}
