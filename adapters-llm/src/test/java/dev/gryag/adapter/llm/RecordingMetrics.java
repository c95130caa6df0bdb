package dev.gryag.adapter.llm;

import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModelException.Kind;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every metrics event as a short string, e.g. {@code failed gemini TRANSIENT}. */
final class RecordingMetrics implements LlmMetrics {

  final List<String> events = new CopyOnWriteArrayList<>();
  final List<Completion> completions = new CopyOnWriteArrayList<>();

  @Override
  public void completed(Completion completion, Duration latency) {
    completions.add(completion);
    events.add(
        "completed "
            + completion.provider()
            + " "
            + completion.getClass().getSimpleName()
            + " tokens="
            + switch (completion) {
              case Completion.Answer a -> a.usage().total();
              case Completion.Blocked b -> b.usage().total();
              case Completion.Empty e -> e.usage().total();
            });
  }

  @Override
  public void failed(String provider, Kind kind, Duration latency) {
    events.add("failed " + provider + " " + kind);
  }

  @Override
  public void retrying(String provider, Kind kind, int failedAttempt, Duration wait) {
    events.add("retrying " + provider + " " + kind + " after " + failedAttempt);
  }

  @Override
  public void embedded(String provider, int texts, Duration latency) {
    events.add("embedded " + provider + " " + texts);
  }

  @Override
  public void circuitStateChanged(String provider, String fromState, String toState) {
    events.add("circuit " + provider + " " + fromState + "->" + toState);
  }
}
