package dev.gryag.adapter.llm;

import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.llm.LanguageModelException.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chain of language models tried in order: the first outcome (answer, block or empty) wins; a
 * provider that throws, including one whose circuit breaker is open (refused at once, without a
 * wait), hands the request to the next. The outcome's attempt count covers the whole chain.
 */
public final class FallbackLanguageModel implements LanguageModel {

  private static final Logger log = LoggerFactory.getLogger(FallbackLanguageModel.class);

  /** The provider name a failure of the whole chain reports. */
  public static final String CHAIN = "chain";

  private final List<LanguageModel> providers;

  public FallbackLanguageModel(List<? extends LanguageModel> providers) {
    Objects.requireNonNull(providers, "providers");
    if (providers.isEmpty()) {
      throw new IllegalArgumentException("a fallback chain needs at least one provider");
    }
    this.providers = List.copyOf(providers);
  }

  @Override
  public Completion complete(ChatRequest request) {
    Objects.requireNonNull(request, "request");
    int attempts = 0;
    List<LanguageModelException> failures = new ArrayList<>();
    for (int i = 0; i < providers.size(); i++) {
      try {
        Completion completion = providers.get(i).complete(request);
        return attempts == 0
            ? completion
            : Completions.withAttempts(completion, completion.attempts() + attempts);
      } catch (LanguageModelException e) {
        if (e.kind() == Kind.INTERRUPTED || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        attempts += e instanceof ProviderException p ? p.attempts() : 1;
        failures.add(e);
        if (i + 1 < providers.size()) {
          // An open breaker is already reported once, when it opens; a skip is routine.
          if (e.kind() == Kind.UNAVAILABLE) {
            log.debug("{}; falling back to {}", e.getMessage(), providers.get(i + 1));
          } else {
            log.warn("{} ({}); falling back to {}", e.getMessage(), e.kind(), providers.get(i + 1));
          }
        }
      }
    }
    throw exhausted(failures, attempts);
  }

  private static LanguageModelException exhausted(
      List<LanguageModelException> failures, int attempts) {
    boolean allOpen = failures.stream().allMatch(f -> f.kind() == Kind.UNAVAILABLE);
    boolean anyRetryable = failures.stream().anyMatch(LanguageModelException::retryable);
    Kind kind =
        allOpen ? Kind.UNAVAILABLE : anyRetryable ? Kind.TRANSIENT : failures.getFirst().kind();
    String reasons =
        failures.stream().map(LanguageModelException::getMessage).collect(Collectors.joining("; "));
    LanguageModelException chain =
        new LanguageModelException(
            kind, CHAIN, "no provider could answer after " + attempts + " attempt(s): " + reasons);
    failures.forEach(chain::addSuppressed);
    return chain;
  }

  @Override
  public String toString() {
    return "FallbackLanguageModel" + providers;
  }
}
