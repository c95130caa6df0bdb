package dev.gryag.core.settings;

import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * What a chat changed about the bot's behaviour there. {@link #DEFAULTS} is what a chat never
 * configured has.
 *
 * @param active false once the bot was removed or muted: messages are still stored, never answered
 *     (commands still work, and {@code /start} makes the chat active again)
 * @param persona the chat's own persona (system instruction), or null for the global one
 * @param policy the chat's own reply policy, or null for the global one
 * @param banned members whose messages the bot never answers nor takes commands from; copied
 * @param contextResetAt messages sent before this instant are left out of the prompt ({@code
 *     /reset}); null when never reset
 */
public record ChatSettings(
    boolean active,
    String persona,
    ReplyPolicy policy,
    Set<UserId> banned,
    Instant contextResetAt) {

  /** An active chat with the global persona and policy, nobody banned, never reset. */
  public static final ChatSettings DEFAULTS = new ChatSettings(true, null, null, Set.of(), null);

  public ChatSettings {
    if (persona != null && persona.isBlank()) {
      persona = null;
    }
    banned = banned == null ? Set.of() : Set.copyOf(banned);
  }

  /**
   * These settings (an old group's) merged onto {@code target}, the settings the supergroup it
   * became already has of its own. Nothing an admin chose is lost: bans add up; a persona or policy
   * the supergroup set stays, else the group's applies; the later {@code /reset} applies; the bot
   * stays active only if it was active in both (an upgrade never unmutes a muted chat, and {@code
   * /start} re-activates it).
   */
  public ChatSettings movedOnto(ChatSettings target) {
    Set<UserId> allBanned = new HashSet<>(banned);
    allBanned.addAll(target.banned);
    Instant reset =
        contextResetAt == null
                || (target.contextResetAt != null && target.contextResetAt.isAfter(contextResetAt))
            ? target.contextResetAt
            : contextResetAt;
    return new ChatSettings(
        active && target.active,
        target.persona != null ? target.persona : persona,
        target.policy != null ? target.policy : policy,
        allBanned,
        reset);
  }

  public boolean isBanned(UserId member) {
    return banned.contains(member);
  }

  /** The chat's policy, or {@code fallback} when the chat has none of its own. */
  public ReplyPolicy policyOr(ReplyPolicy fallback) {
    return policy != null ? policy : fallback;
  }

  /** The chat's persona, or {@code fallback} when the chat has none of its own. */
  public String personaOr(String fallback) {
    return persona != null ? persona : fallback;
  }

  public ChatSettings withActive(boolean isActive) {
    return new ChatSettings(isActive, persona, policy, banned, contextResetAt);
  }

  /** The same settings with another persona; null or blank restores the global one. */
  public ChatSettings withPersona(String newPersona) {
    return new ChatSettings(active, newPersona, policy, banned, contextResetAt);
  }

  /** The same settings with another policy; null restores the global one. */
  public ChatSettings withPolicy(ReplyPolicy newPolicy) {
    return new ChatSettings(active, persona, newPolicy, banned, contextResetAt);
  }

  public ChatSettings withBan(UserId member) {
    Set<UserId> more = new HashSet<>(banned);
    more.add(member);
    return new ChatSettings(active, persona, policy, more, contextResetAt);
  }

  public ChatSettings withoutBan(UserId member) {
    Set<UserId> fewer = new HashSet<>(banned);
    fewer.remove(member);
    return new ChatSettings(active, persona, policy, fewer, contextResetAt);
  }

  public ChatSettings withContextResetAt(Instant when) {
    return new ChatSettings(active, persona, policy, banned, when);
  }
}
