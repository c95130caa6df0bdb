package dev.gryag.core.conversation;

import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.llm.TokenUsage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A language model that records every request and answers as the test scripts it. */
final class ScriptedModel implements LanguageModel {

  final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
  private volatile Function<ChatRequest, Completion> script = request -> answer("Тримай відповідь");

  @Override
  public Completion complete(ChatRequest request) {
    requests.add(request);
    return script.apply(request);
  }

  void answers(String text) {
    script = request -> answer(text);
  }

  void behaves(Function<ChatRequest, Completion> behaviour) {
    script = behaviour;
  }

  void fails(RuntimeException failure) {
    script =
        request -> {
          throw failure;
        };
  }

  ChatRequest lastRequest() {
    return requests.getLast();
  }

  static Completion.Answer answer(String text) {
    return new Completion.Answer(text, "stop", new TokenUsage(10, 5), "scripted", 1);
  }
}
