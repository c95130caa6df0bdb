package dev.gryag.core.conversation;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers how far the bot has read an ordered stream of updates, so that after a restart it
 * resumes where it stopped: nothing lost, nothing handled twice.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>A cursor is named by its stream (e.g. {@code telegram:getUpdates}); streams are
 *       independent.
 *   <li>{@link #position} of a stream never advanced is 0. Positions are never negative: {@link
 *       #advance} to a negative one throws {@link IllegalArgumentException}, and so does a blank
 *       stream name.
 *   <li>{@link #advance} is durable when it returns, and monotonic: a position lower than the
 *       stored one is ignored, so replays and races cannot move a cursor back. Only {@link
 *       #restart} does, for a stream that numbers itself anew.
 *   <li>Thread-safe. Storage failures throw {@link dev.gryag.core.StoreException}.
 * </ul>
 */
public interface CursorStore {

  /** The next position to read from the stream: 0 when it was never advanced. */
  long position(String stream);

  /** Records that everything before {@code nextPosition} has been handled. */
  void advance(String stream, long nextPosition);

  /**
   * When the cursor last moved ({@link #advance} to a higher position, or {@link #restart}); empty
   * when it never did. A reader whose stream forgets positions after a while (Telegram restarts
   * update ids after a week without updates) uses it to tell whether the position still holds.
   */
  Optional<Instant> movedAt(String stream);

  /**
   * Sets the cursor to {@code nextPosition} even when that is lower: the stream has restarted its
   * numbering. Durable when it returns.
   */
  void restart(String stream, long nextPosition);
}
