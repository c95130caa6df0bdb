package dev.gryag.app.cli.bench.memory;

import java.time.Instant;
import java.util.List;

/**
 * A question a member asks the bot after the conversation, and the turns that hold its answer.
 *
 * @param kind what it needs from memory
 * @param asker who asks
 * @param text the question as the member writes it
 * @param askedAt when it is asked: after every turn of the conversation
 * @param evidence the message ids of the turns that hold the answer
 */
record MemoryQuestion(
    QuestionKind kind, Member asker, String text, Instant askedAt, List<Long> evidence) {

  MemoryQuestion {
    evidence = List.copyOf(evidence);
  }
}
