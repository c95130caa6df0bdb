package dev.gryag.core.conversation;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.settings.ReplyPolicy;
import dev.gryag.core.settings.Trigger;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides whether the bot chimes in on a group message nobody addressed to it, from one random
 * draw, the message's engagement score and the chat's pulse.
 *
 * <p>The engagement score, 0 to 1, adds: 0.35 for a question, 0.20 for strong sentiment (|score| at
 * least 0.6), 0.25 for a topic that came up in three of the chat's recent messages, and up to 0.20
 * for momentum (0.025 per message in the last five minutes).
 */
final class UnsolicitedReplies {

  static final Duration MOMENTUM_WINDOW = Duration.ofMinutes(5);

  private UnsolicitedReplies() {}

  /** The engagement score of a message in a chat with the given pulse. */
  static double engagement(Analysis analysis, ChatPulse pulse, Instant now) {
    double score = 0;
    if (analysis.features().question()) {
      score += 0.35;
    }
    if (Math.abs(analysis.sentiment().score()) >= 0.6) {
      score += 0.20;
    }
    if (pulse.favourite(analysis.topics())) {
      score += 0.25;
    }
    score += Math.min(0.20, 0.025 * pulse.messagesWithin(now, MOMENTUM_WINDOW));
    return Math.min(1, score);
  }

  /**
   * The trigger of an unsolicited reply, or the reason for silence.
   *
   * @param draw a uniform random number in [0, 1)
   */
  static Verdict decide(Inbound inbound, ChatPulse pulse, double draw) {
    ReplyPolicy policy = inbound.policy();
    Trigger drawn = null;
    if (policy.enables(Trigger.SMART)
        && draw < policy.smartChance()
        && engagement(inbound.analysis(), pulse, inbound.now()) >= policy.smartThreshold()) {
      drawn = Trigger.SMART;
    } else if (policy.enables(Trigger.RANDOM) && draw < policy.randomChance()) {
      drawn = Trigger.RANDOM;
    }
    if (drawn == null) {
      return Verdict.silent(Outcome.Ignored.Reason.NOT_ADDRESSED);
    }
    if (pulse.heated(inbound.now())) {
      return Verdict.silent(Outcome.Ignored.Reason.CONFLICT);
    }
    if (pulse.botSpokeWithin(inbound.now(), policy.minSilence())) {
      return Verdict.silent(Outcome.Ignored.Reason.SILENCE);
    }
    if (pulse.unsolicitedInLastHour(inbound.now()) >= policy.maxUnsolicitedPerHour()) {
      return Verdict.silent(Outcome.Ignored.Reason.HOURLY_CAP);
    }
    return new Verdict(drawn, null);
  }

  /** Either a trigger to reply on or a reason to stay silent. */
  record Verdict(Trigger trigger, Outcome.Ignored.Reason silence) {
    static Verdict silent(Outcome.Ignored.Reason reason) {
      return new Verdict(null, reason);
    }
  }
}
