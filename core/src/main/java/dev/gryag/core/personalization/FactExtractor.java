package dev.gryag.core.personalization;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.model.ChatMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds facts a member states about themselves in a message. {@link RuleBasedFactExtractor} reads
 * explicit statements in Ukrainian, Russian and English; an LLM-backed extractor may do more.
 *
 * <p>Contract: thread-safe; returns the facts the message's author states about themselves, at most
 * one per key, an empty list when there are none (questions, statements about others, negations,
 * forwarded messages); never null. It may block (an LLM call); failures throw, and the caller keeps
 * the message but learns nothing from it.
 */
@FunctionalInterface
public interface FactExtractor {

  /** The facts the author of {@code message} states about themselves in it. */
  List<ExtractedFact> extract(ChatMessage message, Analysis analysis);

  /** An extractor that never finds anything. */
  FactExtractor NONE = (message, analysis) -> List.of();

  /**
   * An extractor that asks each of {@code extractors} in order; for a key found by several, the
   * first one's fact wins.
   */
  static FactExtractor allOf(List<FactExtractor> extractors) {
    List<FactExtractor> copy = List.copyOf(extractors);
    return (message, analysis) -> {
      List<ExtractedFact> found = new ArrayList<>();
      for (FactExtractor extractor : copy) {
        for (ExtractedFact fact : extractor.extract(message, analysis)) {
          if (found.stream().noneMatch(f -> f.key().equals(fact.key()))) {
            found.add(fact);
          }
        }
      }
      return List.copyOf(found);
    };
  }
}
