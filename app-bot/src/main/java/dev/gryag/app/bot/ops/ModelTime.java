package dev.gryag.app.bot.ops;

import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModel;

/**
 * Wraps the language model to note how long the current thread waited for it, so the bot can tell
 * its own overhead per message apart from the model's time.
 */
public final class ModelTime implements LanguageModel {

  private static final ThreadLocal<long[]> SPENT = ThreadLocal.withInitial(() -> new long[1]);

  private final LanguageModel model;

  public ModelTime(LanguageModel model) {
    this.model = model;
  }

  @Override
  public Completion complete(ChatRequest request) {
    long started = System.nanoTime();
    try {
      return model.complete(request);
    } finally {
      SPENT.get()[0] += System.nanoTime() - started;
    }
  }

  /** Nanoseconds this thread spent in the model since the last call, and starts counting anew. */
  public static long takeSpent() {
    long[] spent = SPENT.get();
    long nanos = spent[0];
    spent[0] = 0;
    return nanos;
  }
}
