package dev.gryag.core.analytics;

import java.util.EnumMap;
import java.util.Map;

/** Counts the service events of a chat. */
final class ServiceTally {

  private final long[] byKind = new long[ServiceEvent.Kind.values().length];
  private final TopCounter actions = new TopCounter(256);
  private long joined;
  private long left;
  private long events;

  void add(ServiceEvent event) {
    events++;
    byKind[event.kind().ordinal()]++;
    actions.add(event.action().isEmpty() ? "(none)" : event.action());
    int people = Math.max(1, event.members().size());
    switch (event.kind()) {
      case JOIN -> joined += people;
      case LEAVE, REMOVE -> left += people;
      default -> {}
    }
  }

  long events() {
    return events;
  }

  ServiceSummary report(int top) {
    Map<ServiceEvent.Kind, Long> kinds = new EnumMap<>(ServiceEvent.Kind.class);
    for (ServiceEvent.Kind kind : ServiceEvent.Kind.values()) {
      if (byKind[kind.ordinal()] > 0) {
        kinds.put(kind, byKind[kind.ordinal()]);
      }
    }
    return new ServiceSummary(kinds, joined, left, actions.top(Math.max(top, 20)));
  }
}
