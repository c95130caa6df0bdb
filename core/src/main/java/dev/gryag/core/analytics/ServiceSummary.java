package dev.gryag.core.analytics;

import java.util.Map;
import java.util.Objects;

/**
 * The service events of the chat.
 *
 * @param byKind events by what they amount to, kinds that never happened left out
 * @param joined members who joined: each invited member, each join by link or request
 * @param left members who left on their own or were removed
 * @param actions events by the archive's action name, most frequent first
 */
public record ServiceSummary(
    Map<ServiceEvent.Kind, Long> byKind, long joined, long left, TopList actions) {

  public ServiceSummary {
    byKind = Copies.enumMap(ServiceEvent.Kind.class, byKind);
    Objects.requireNonNull(actions, "actions");
  }
}
