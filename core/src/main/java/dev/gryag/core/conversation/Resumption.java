package dev.gryag.core.conversation;

import java.util.List;

/**
 * What {@link ConversationService#resume} found of the answers a previous run left pending.
 *
 * @param answers those still worth giving, oldest first: hand each to {@link
 *     ConversationService#respond} in its chat's lane
 * @param dropped how many were past their deadline, or whose message is gone, and were cleared
 */
public record Resumption(List<Accepted> answers, int dropped) {

  public Resumption {
    answers = List.copyOf(answers);
    if (dropped < 0) {
      throw new IllegalArgumentException("dropped must not be negative, was " + dropped);
    }
  }
}
