package dev.gryag.core.personalization;

import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import java.util.Optional;

/**
 * Tells who wrote a message, so that a reply can be counted between its author and the author of
 * the message it answers. {@link PersonalizationService} remembers the authors of recent messages
 * itself and asks this port only about older ones; a message store can answer it.
 *
 * <p>Contract: thread-safe; empty when the message is unknown or was deleted; storage failures
 * throw {@link dev.gryag.core.StoreException}.
 */
@FunctionalInterface
public interface MessageAuthors {

  /** The author of {@code message}, if known. */
  Optional<UserId> authorOf(MessageRef message);

  /** Knows no message. */
  MessageAuthors NONE = message -> Optional.empty();
}
