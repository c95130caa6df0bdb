package dev.gryag.adapter.llm;

import dev.gryag.adapter.llm.OpenAiWire.ChatResponse;
import dev.gryag.adapter.llm.OpenAiWire.Choice;
import dev.gryag.adapter.llm.OpenAiWire.Message;
import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.GenerationSettings;
import dev.gryag.core.llm.TokenUsage;
import dev.gryag.core.llm.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps a core {@link ChatRequest} to a {@code chat/completions} body and the reply back. */
final class OpenAiMapper {

  private OpenAiMapper() {}

  static Map<String, Object> request(ChatRequest chat, OpenAiCompatibleConfig config) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", config.model());
    body.put("messages", messages(chat, config.sendNames()));
    GenerationSettings s = chat.settings();
    if (s.temperature() != null) {
      body.put("temperature", s.temperature());
    }
    if (s.maxOutputTokens() != null) {
      body.put(config.maxTokensField(), s.maxOutputTokens());
    }
    if (s.topP() != null) {
      body.put("top_p", s.topP());
    }
    return body;
  }

  static List<Message> messages(ChatRequest chat, boolean sendNames) {
    List<Message> messages = new ArrayList<>(chat.turns().size() + 1);
    if (!chat.systemInstruction().isBlank()) {
      messages.add(new Message("system", chat.systemInstruction(), null));
    }
    for (Turn turn : chat.turns()) {
      if (turn.speaker() == Turn.Speaker.MODEL) {
        messages.add(new Message("assistant", turn.text(), null));
      } else {
        String name = sendNames ? nameField(turn.authorName()) : null;
        messages.add(new Message("user", turn.text(), name));
      }
    }
    return messages;
  }

  /** OpenAI allows {@code ^[a-zA-Z0-9_-]{1,64}$}; anything else is dropped (the text has it). */
  static String nameField(String authorName) {
    String cleaned = authorName.strip().replaceAll("\\s+", "_").replaceAll("[^A-Za-z0-9_-]", "");
    if (cleaned.isEmpty()) {
      return null;
    }
    return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
  }

  static Completion completion(ChatResponse response, String provider, int attempts) {
    TokenUsage usage =
        response.usage() == null
            ? TokenUsage.UNKNOWN
            : new TokenUsage(
                Math.max(0, response.usage().promptTokens()),
                Math.max(0, response.usage().completionTokens()));
    if (response.choices() == null
        || response.choices().isEmpty()
        || response.choices().getFirst() == null) {
      return new Completion.Empty("no_choices", usage, provider, attempts);
    }
    Choice choice = response.choices().getFirst();
    String finish = normalise(choice.finishReason());
    String text = choice.message() == null ? null : choice.message().content();
    text = text == null ? "" : text.strip();
    if ("content_filter".equals(finish)) {
      return new Completion.Blocked("CONTENT_FILTER", usage, provider, attempts);
    }
    if (text.isEmpty()) {
      boolean refused = choice.message() != null && choice.message().refusal() != null;
      return refused
          ? new Completion.Blocked("REFUSAL", usage, provider, attempts)
          : new Completion.Empty(finish, usage, provider, attempts);
    }
    return new Completion.Answer(text, finish, usage, provider, attempts);
  }

  /** {@code length} becomes {@code max_tokens} to match Gemini; others are lower-cased. */
  static String normalise(String finishReason) {
    if (finishReason == null) {
      return "stop";
    }
    String lower = finishReason.toLowerCase(Locale.ROOT);
    return lower.equals("length") ? "max_tokens" : lower;
  }
}
