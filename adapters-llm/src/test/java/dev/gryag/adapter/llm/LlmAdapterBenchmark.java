package dev.gryag.adapter.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.GenerationSettings;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.llm.Turn;
import dev.gryag.core.testing.NoDelayServerSockets;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Prints figures for the LLM adapters (not a test; run it by hand):
 *
 * <ol>
 *   <li>adapter overhead per call: building the request body and parsing the response, without
 *       HTTP, for Gemini and OpenAI-compatible shapes;
 *   <li>a whole call through each adapter against a loopback MockWebServer;
 *   <li>the time to fall over to the secondary when the primary's breaker is open, against calling
 *       the secondary directly (the difference is the wait the chain adds).
 * </ol>
 *
 * <p>Run: {@code ./build -- -B -ntp -o -q -pl adapters-llm -am test-compile}, then {@code java -cp
 * adapters-llm/target/test-classes:adapters-llm/target/classes:$(cat /tmp/cp.txt)
 * dev.gryag.adapter.llm.LlmAdapterBenchmark} (see docs/llm.md for the classpath step).
 */
public final class LlmAdapterBenchmark {

  private static final int WARMUP = 2_000;
  private static final int MEASURED = 5_000;

  private LlmAdapterBenchmark() {}

  public static void main(String[] args) throws Exception {
    // Per-call debug lines and fall-over warnings would measure the console, not the adapters.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("dev.gryag"))
        .setLevel(ch.qos.logback.classic.Level.ERROR);
    ChatRequest prompt = prompt();
    System.out.printf(
        Locale.ROOT,
        "prompt: %d turns, %d characters; answer: 600 characters; %d measured iterations%n%n",
        prompt.turns().size(),
        prompt.characters(),
        MEASURED);
    mappingOverhead(prompt);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new CannedReplies());
      server.setServerSocketFactory(new NoDelayServerSockets());
      server.start();
      wholeCalls(server, prompt);
      fallOver(server, prompt);
    }
  }

  private static void mappingOverhead(ChatRequest prompt) throws Exception {
    ObjectMapper json;
    try (LlmRuntime runtime = LlmRuntime.builder().build()) {
      json = runtime.json();
    }
    byte[] geminiReply = CannedReplies.GEMINI.getBytes(StandardCharsets.UTF_8);
    byte[] openAiReply = CannedReplies.OPENAI.getBytes(StandardCharsets.UTF_8);
    OpenAiCompatibleConfig openAi =
        OpenAiCompatibleConfig.of(OpenAiCompatiblePreset.OPENAI, List.of(new ApiKey("sk-bench")));
    report(
        "gemini: build + serialise request, parse + map response (no HTTP)",
        () -> {
          json.writeValueAsBytes(GeminiMapper.request(prompt, Map.of()));
          return GeminiMapper.completion(
              json.readValue(geminiReply, GeminiWire.GenerateResponse.class), "gemini", 1);
        });
    report(
        "openai: build + serialise request, parse + map response (no HTTP)",
        () -> {
          json.writeValueAsBytes(OpenAiMapper.request(prompt, openAi));
          return OpenAiMapper.completion(
              json.readValue(openAiReply, OpenAiWire.ChatResponse.class), "openai", 1);
        });
  }

  private static void wholeCalls(MockWebServer server, ChatRequest prompt) throws Exception {
    try (LlmRuntime runtime = LlmRuntime.builder().build()) {
      LanguageModel gemini = runtime.languageModel(gemini(server, "/ok/v1beta", "gemini"));
      LanguageModel openAi = runtime.languageModel(openAi(server, "/ok/v1", "openai"));
      report("gemini: whole call over loopback HTTP", () -> gemini.complete(prompt));
      report("openai: whole call over loopback HTTP", () -> openAi.complete(prompt));
    }
  }

  private static void fallOver(MockWebServer server, ChatRequest prompt) throws Exception {
    FakeTime time = new FakeTime();
    try (LlmRuntime runtime =
        LlmRuntime.builder()
            .clock(time)
            .sleeper(time)
            .retry(RetrySettings.DEFAULTS.withMaxAttempts(1))
            .breaker(new BreakerSettings(50, 2, 2, Duration.ofHours(1)))
            .build()) {
      LanguageModel secondary = runtime.languageModel(openAi(server, "/ok/v1", "secondary"));
      FallbackLanguageModel chain =
          new FallbackLanguageModel(
              List.of(runtime.languageModel(gemini(server, "/down/v1beta", "primary")), secondary));
      for (int i = 0; i < 2; i++) {
        chain.complete(prompt); // two 503s open the primary's breaker
      }
      int before = ((CannedReplies) server.getDispatcher()).downCalls;
      report("secondary called directly", () -> secondary.complete(prompt));
      report("chain: primary breaker open, secondary answers", () -> chain.complete(prompt));
      int primaryCalls = ((CannedReplies) server.getDispatcher()).downCalls - before;
      System.out.printf(
          Locale.ROOT,
          "  -> primary HTTP calls while open: %d, retry waits requested: %d%n",
          primaryCalls,
          time.sleeps().size());
    }
  }

  private static void report(String label, Callable<Completion> call) throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      check(call.call());
    }
    long[] nanos = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      Completion c = call.call();
      nanos[i] = System.nanoTime() - start;
      check(c);
    }
    Arrays.sort(nanos);
    double mean = Arrays.stream(nanos).average().orElse(0) / 1_000.0;
    System.out.printf(
        Locale.ROOT,
        "%-62s mean %7.1f us  p50 %7.1f us  p99 %7.1f us%n",
        label,
        mean,
        nanos[MEASURED / 2] / 1_000.0,
        nanos[(int) (MEASURED * 0.99)] / 1_000.0);
  }

  private static void check(Completion c) {
    if (!(c instanceof Completion.Answer)) {
      throw new LanguageModelException(
          LanguageModelException.Kind.MALFORMED_RESPONSE, "bench", "unexpected " + c);
    }
  }

  private static GeminiConfig gemini(MockWebServer server, String path, String name) {
    return GeminiConfig.of(List.of(new ApiKey("AIza-bench")))
        .withBaseUrl(Fixtures.base(server, path))
        .withName(name);
  }

  private static OpenAiCompatibleConfig openAi(MockWebServer server, String path, String name) {
    return OpenAiCompatibleConfig.of(OpenAiCompatiblePreset.OPENAI, List.of(new ApiKey("sk-b")))
        .withBaseUrl(Fixtures.base(server, path))
        .withName(name);
  }

  private static ChatRequest prompt() {
    List<Turn> turns = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      turns.add(
          i % 5 == 4
              ? Turn.model("Гряг відповідає: це вже було, давай щось нове, " + i)
              : Turn.user(
                  "Member" + (i % 4),
                  "Повідомлення номер " + i + " про погоду і каву. ".repeat(3)));
    }
    return new ChatRequest(
        "Ти Гряг, буркотливий бот групового чату. ".repeat(10),
        turns,
        new GenerationSettings(0.8, 512, 0.95));
  }

  /** Answers {@code /ok/...} like the real APIs and {@code /down/...} with 503. */
  static final class CannedReplies extends Dispatcher {
    static final String ANSWER = "Ну що ж, ".repeat(60);
    static final String GEMINI = Fixtures.geminiAnswer(ANSWER);
    static final String OPENAI = Fixtures.openAiAnswer(ANSWER);
    volatile int downCalls;

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getUrl().encodedPath();
      if (path.startsWith("/down/")) {
        downCalls++;
        return Fixtures.json(503, Fixtures.geminiError(503, "UNAVAILABLE", "overloaded"));
      }
      return Fixtures.json(200, path.endsWith(":generateContent") ? GEMINI : OPENAI);
    }
  }
}
