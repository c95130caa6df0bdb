package dev.gryag.adapter.llm;

import dev.gryag.core.llm.Completion;

/** Small operations on {@link Completion} values. */
final class Completions {

  private Completions() {}

  /** The same outcome with a different attempt count (a chain adds the attempts before it). */
  static Completion withAttempts(Completion completion, int attempts) {
    return switch (completion) {
      case Completion.Answer a ->
          new Completion.Answer(a.text(), a.finishReason(), a.usage(), a.provider(), attempts);
      case Completion.Blocked b ->
          new Completion.Blocked(b.reason(), b.usage(), b.provider(), attempts);
      case Completion.Empty e ->
          new Completion.Empty(e.finishReason(), e.usage(), e.provider(), attempts);
    };
  }
}
