package dev.gryag.core.cleanup;

import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.DataFence;
import dev.gryag.core.llm.GenerationSettings;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.llm.Turn;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Summarises a chat period with the {@link LanguageModel}: one prompt with a dated transcript, each
 * message cut to a bounded length so the prompt stays bounded, and fenced as quoted data with its
 * author's name ({@link DataFence}) so that no message can pass for an instruction.
 */
public final class LanguageModelSummarizer implements ChatSummarizer {

  static final String INSTRUCTION =
      "You keep the long-term memory of a group chat. Summarise the messages below for your future"
          + " self: what was discussed, decisions and plans, recurring topics, and what members"
          + " said about themselves, naming who said what. Write in the language most of the"
          + " messages are in. Do not invent anything. Use at most %d words. "
          + DataFence.NOTE;

  private final LanguageModel model;
  private final int maxWords;
  private final int maxMessageChars;
  private final DateTimeFormatter time;

  /** A summariser writing at most 200 words, each message cut to 300 characters, times in UTC. */
  public LanguageModelSummarizer(LanguageModel model) {
    this(model, 200, 300, ZoneId.of("UTC"));
  }

  public LanguageModelSummarizer(
      LanguageModel model, int maxWords, int maxMessageChars, ZoneId zone) {
    this.model = Objects.requireNonNull(model, "model");
    if (maxWords < 10 || maxMessageChars < 20) {
      throw new IllegalArgumentException(
          "maxWords must be at least 10 and maxMessageChars at least 20, were "
              + maxWords
              + " and "
              + maxMessageChars);
    }
    this.maxWords = maxWords;
    this.maxMessageChars = maxMessageChars;
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
  }

  @Override
  public SummaryOutcome summarize(ChatId chat, List<ChatMessage> messages) {
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("nothing to summarise in chat " + chat);
    }
    ChatRequest request =
        new ChatRequest(
            String.format(Locale.ROOT, INSTRUCTION, maxWords),
            List.of(Turn.user("", transcript(messages))),
            new GenerationSettings(0.3, maxWords * 4, null));
    try {
      return switch (model.complete(request)) {
        case Completion.Answer answer ->
            new SummaryOutcome.Written(answer.text().strip(), answer.provider());
        case Completion.Blocked blocked ->
            new SummaryOutcome.Failed(
                blocked.provider() + " blocked the summary: " + blocked.reason());
        case Completion.Empty empty ->
            new SummaryOutcome.Failed(
                empty.provider() + " answered nothing: " + empty.finishReason());
      };
    } catch (LanguageModelException e) {
      if (e.kind() == LanguageModelException.Kind.INTERRUPTED) {
        Thread.currentThread().interrupt();
      }
      return new SummaryOutcome.Failed(e.kind() + ": " + e.getMessage());
    }
  }

  /** {@code [2025-03-03 09:00] <q from="Name">text</q>} per message, oldest first. */
  String transcript(List<ChatMessage> messages) {
    StringBuilder text = new StringBuilder();
    for (ChatMessage message : messages) {
      String body =
          message.text().isBlank()
              ? "[" + message.media().name().toLowerCase(Locale.ROOT) + "]"
              : message.text();
      if (body.length() > maxMessageChars) {
        int end = maxMessageChars;
        if (Character.isHighSurrogate(body.charAt(end - 1))) {
          end--;
        }
        body = body.substring(0, end) + "…";
      }
      text.append('[')
          .append(time.format(message.sentAt()))
          .append("] ")
          .append(
              DataFence.quote(
                  body.replace('\n', ' '), DataFence.attribute("from", message.author().name())))
          .append('\n');
    }
    return text.toString();
  }
}
