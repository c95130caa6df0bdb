package dev.gryag.adapter.llm;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.Role;
import dev.gryag.core.personalization.ExtractedFact;
import dev.gryag.core.personalization.FactExtractor;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link FactExtractor} that asks a {@link LanguageModel} (any provider or a fallback chain) for
 * the facts a message's author states about themselves, as strict JSON, and keeps only the items
 * that name a known category and key and carry a valid value and confidence.
 *
 * <p>Messages not worth a call (from bots, forwarded, not a member's, without text, shorter than
 * {@link FactExtractionOptions#minWords()}) are skipped without one. A safety block, an empty
 * answer, an answer that is not a JSON array and a {@link LanguageModelException} all give no
 * facts; this extractor never throws for them, so fact extraction cannot break message handling.
 * Logs name the message, provider and reasons, never the message's text. Thread-safe.
 */
public final class LlmFactExtractor implements FactExtractor {

  private static final Logger LOG = LoggerFactory.getLogger(LlmFactExtractor.class);

  private final LanguageModel model;
  private final FactExtractionOptions options;
  private final LongAdder asked = new LongAdder();
  private final LongAdder skipped = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final LongAdder kept = new LongAdder();
  private final LongAdder dropped = new LongAdder();

  /**
   * Running totals since construction.
   *
   * @param asked messages sent to the model
   * @param skipped messages not worth a call
   * @param failed calls that ended in a {@link LanguageModelException}
   * @param facts facts returned to callers
   * @param dropped items the model returned that were left out (and unreadable answers, one each)
   */
  public record Counts(long asked, long skipped, long failed, long facts, long dropped) {}

  /** An extractor with {@link FactExtractionOptions#DEFAULTS}. */
  public LlmFactExtractor(LanguageModel model) {
    this(model, FactExtractionOptions.DEFAULTS);
  }

  public LlmFactExtractor(LanguageModel model, FactExtractionOptions options) {
    this.model = Objects.requireNonNull(model, "model");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public List<ExtractedFact> extract(ChatMessage message, Analysis analysis) {
    if (!worthAsking(message, analysis)) {
      skipped.increment();
      return List.of();
    }
    asked.increment();
    Completion completion;
    try {
      completion = model.complete(FactPrompt.request(message, options));
    } catch (LanguageModelException e) {
      failed.increment();
      LOG.warn(
          "fact extraction for message {} got no facts: provider {} failed ({})",
          message.ref(),
          e.provider(),
          e.kind());
      LOG.debug("fact extraction for message {} failed", message.ref(), e);
      return List.of();
    }
    return switch (completion) {
      case Completion.Answer answer -> facts(message, answer);
      case Completion.Blocked blocked -> {
        LOG.debug(
            "fact extraction for message {}: {} blocked it ({})",
            message.ref(),
            blocked.provider(),
            blocked.reason());
        yield List.of();
      }
      case Completion.Empty empty -> {
        LOG.debug(
            "fact extraction for message {}: {} gave an empty answer ({})",
            message.ref(),
            empty.provider(),
            empty.finishReason());
        yield List.of();
      }
    };
  }

  /** What the extractor has done so far. */
  public Counts counts() {
    return new Counts(asked.sum(), skipped.sum(), failed.sum(), kept.sum(), dropped.sum());
  }

  public FactExtractionOptions options() {
    return options;
  }

  private boolean worthAsking(ChatMessage message, Analysis analysis) {
    if (message.role() != Role.USER
        || message.author().isBot()
        || message.forwarded()
        || message.text().isBlank()) {
      return false;
    }
    return words(message, analysis) >= options.minWords();
  }

  /** The analyzer's count; a plain split when the caller passed no analysis of the text. */
  private static int words(ChatMessage message, Analysis analysis) {
    int counted = analysis.features().words();
    return counted > 0 ? counted : message.text().strip().split("\\s+").length;
  }

  private List<ExtractedFact> facts(ChatMessage message, Completion.Answer answer) {
    FactAnswers.Reading reading = FactAnswers.read(answer.text(), options);
    kept.add(reading.facts().size());
    dropped.add(reading.dropped().size());
    if (!reading.dropped().isEmpty()) {
      LOG.debug(
          "fact extraction for message {}: kept {} of {} item(s) from {}, dropped: {}",
          message.ref(),
          reading.facts().size(),
          reading.items(),
          answer.provider(),
          reading.dropped());
    }
    return reading.facts();
  }
}
