package dev.gryag.app.bot;

import dev.gryag.core.testing.NoDelayServerSockets;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Two model APIs on loopback: Gemini ({@code generateContent}) as the primary, which can be made to
 * fail with Gemini's real 503 body, and an OpenAI-compatible {@code chat/completions} server as the
 * secondary. Each answers with its own recognisable text.
 */
final class FakeModels implements AutoCloseable {

  static final String GEMINI_ANSWER = "Привіт від Gemini!";
  static final String OPENAI_ANSWER = "Привіт від запасної моделі!";

  private final MockWebServer gemini = new MockWebServer();
  private final MockWebServer openai = new MockWebServer();
  final AtomicBoolean geminiDown = new AtomicBoolean();
  final AtomicInteger geminiCalls = new AtomicInteger();

  /** The body of every request Gemini got, in order: the prompts. */
  final List<String> geminiRequests = new CopyOnWriteArrayList<>();

  final AtomicInteger openaiCalls = new AtomicInteger();
  volatile long geminiDelayMillis;
  volatile long openaiDelayMillis;

  /**
   * The OpenAI-compatible fake answers this many calls; later ones are held (the model "thinks"
   * until {@link #close}), so a test can see every lane waiting on the model.
   */
  volatile int openaiAnswersBeforeHold = Integer.MAX_VALUE;

  final AtomicInteger openaiHeld = new AtomicInteger();
  private final CountDownLatch released = new CountDownLatch(1);

  /** Gemini's answer to a request body; JSON-safe text. */
  volatile UnaryOperator<String> geminiAnswer = body -> GEMINI_ANSWER;

  FakeModels() throws IOException {
    gemini.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            geminiCalls.incrementAndGet();
            String body = request.getBody() == null ? "" : request.getBody().utf8();
            geminiRequests.add(body);
            if (geminiDown.get()) {
              return json(
                  503,
                  """
                  {"error":{"code":503,"message":"The model is overloaded. Please try again later.",\
                  "status":"UNAVAILABLE"}}\
                  """);
            }
            think(geminiDelayMillis);
            return json(
                200,
                """
                {"candidates":[{"content":{"parts":[{"text":"%s"}],"role":"model"},\
                "finishReason":"STOP","index":0}],\
                "usageMetadata":{"promptTokenCount":120,"candidatesTokenCount":8,"totalTokenCount":128}}\
                """
                    .formatted(geminiAnswer.apply(body)));
          }
        });
    openai.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (openaiCalls.incrementAndGet() > openaiAnswersBeforeHold) {
              openaiHeld.incrementAndGet();
              hold();
            }
            think(openaiDelayMillis);
            return json(
                200,
                """
                {"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-test",\
                "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},\
                "finish_reason":"stop"}],\
                "usage":{"prompt_tokens":100,"completion_tokens":7,"total_tokens":107}}\
                """
                    .formatted(OPENAI_ANSWER));
          }
        });
    gemini.setServerSocketFactory(new NoDelayServerSockets());
    openai.setServerSocketFactory(new NoDelayServerSockets());
    gemini.start();
    openai.start();
  }

  private void hold() {
    try {
      released.await(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A model that thinks for a while before it answers. */
  private static void think(long millis) {
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  URI geminiUrl() {
    return gemini.url("/v1beta").uri();
  }

  URI openaiUrl() {
    return openai.url("/v1").uri();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Override
  public void close() {
    released.countDown();
    gemini.close();
    openai.close();
  }
}
