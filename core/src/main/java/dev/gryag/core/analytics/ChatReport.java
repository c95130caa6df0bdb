package dev.gryag.core.analytics;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@link ChatAnalytics} found in a chat history. Immutable.
 *
 * @param overview the totals and the period
 * @param members each member who posted, most messages first
 * @param replies who replies to whom and how fast
 * @param activity when the chat is active
 * @param content languages, words, emoji, reactions
 * @param service joins, leaves, pins and other service events
 */
public record ChatReport(
    Overview overview,
    List<MemberReport> members,
    ReplySummary replies,
    Activity activity,
    Content content,
    ServiceSummary service) {

  public ChatReport {
    Objects.requireNonNull(overview, "overview");
    members = List.copyOf(members);
    Objects.requireNonNull(replies, "replies");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(service, "service");
  }
}
