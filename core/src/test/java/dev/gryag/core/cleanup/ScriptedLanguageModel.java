package dev.gryag.core.cleanup;

import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A language model for tests: answers with a script and records every request. Thread-safe. */
final class ScriptedLanguageModel implements LanguageModel {

  private final Function<ChatRequest, Completion> script;
  private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

  ScriptedLanguageModel(Function<ChatRequest, Completion> script) {
    this.script = script;
  }

  /** A model that answers every request with {@code text}. */
  static ScriptedLanguageModel answering(String text) {
    return new ScriptedLanguageModel(
        request -> new Completion.Answer(text, "stop", null, "scripted", 1));
  }

  @Override
  public Completion complete(ChatRequest request) {
    requests.add(request);
    return script.apply(request);
  }

  List<ChatRequest> requests() {
    return List.copyOf(requests);
  }
}
