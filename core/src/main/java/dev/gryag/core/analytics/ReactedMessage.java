package dev.gryag.core.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message that drew many reactions.
 *
 * @param id the archive's message id
 * @param sentAt when it was sent
 * @param sender who sent it
 * @param excerpt the start of its text, or what it carried ({@code [photo]}, {@code [sticker 🙂]})
 * @param reactions the sum of its reaction counts
 * @param breakdown its reactions by kind; copied, never null
 */
public record ReactedMessage(
    long id,
    Instant sentAt,
    Sender sender,
    String excerpt,
    long reactions,
    List<Reaction> breakdown) {

  public ReactedMessage {
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(excerpt, "excerpt");
    breakdown = List.copyOf(breakdown);
  }
}
