package dev.gryag.core.analytics;

import java.time.Instant;

/**
 * One entry of a chat's recorded history: a message a member posted, or a service event such as a
 * join or a pin. Histories come from archives, so ids may repeat or be zero and entries may be out
 * of time order; every consumer copes with both.
 */
public sealed interface HistoryEntry permits HistoryMessage, ServiceEvent {

  /** The id the archive gives the entry: usually unique and increasing, neither guaranteed. */
  long id();

  /** When the entry happened. */
  Instant sentAt();

  /** Who posted the message or performed the action; {@link Sender#UNKNOWN} when not recorded. */
  Sender sender();
}
