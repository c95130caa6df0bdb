package dev.gryag.adapter.llm;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * One JSON-over-HTTP exchange: serialise, POST, read at most the configured bytes, and turn every
 * way it can go wrong into a {@link CallFailure}; a body over the cap is a malformed response, not
 * retried. Holds no secret; the headers it sends are built by the caller and never logged.
 */
final class JsonHttp {

  /** Reads a provider's error body into a failure. */
  @FunctionalInterface
  interface ErrorReader {
    CallFailure read(int status, byte[] body, Headers headers);
  }

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final long ERROR_BODY_CAP = 64 * 1024;

  private final LlmRuntime runtime;

  JsonHttp(LlmRuntime runtime) {
    this.runtime = runtime;
  }

  <T> T post(HttpUrl url, Headers headers, Object body, Class<T> type, ErrorReader errors) {
    Request request =
        new Request.Builder()
            .url(url)
            .headers(headers)
            .header("Accept", "application/json")
            .post(RequestBody.create(serialise(body), JSON))
            .build();
    byte[] bytes;
    try (Response response = runtime.client().newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw errors.read(response.code(), errorBody(response.body()), response.headers());
      }
      // Capped by the client's ResponseCap at HttpSettings.maxResponseBytes.
      bytes = response.body().bytes();
    } catch (ResponseCap.ResponseTooLargeException e) {
      throw CallFailure.malformed(e.getMessage());
    } catch (IOException e) {
      throw failure(e);
    }
    return parse(bytes, type);
  }

  private byte[] serialise(Object body) {
    try {
      return runtime.json().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + body.getClass().getSimpleName(), e);
    }
  }

  /** The start of an error body: enough for the provider's message, the rest is not read. */
  private static byte[] errorBody(ResponseBody body) throws IOException {
    BufferedSource source = body.source();
    if (source.request(ERROR_BODY_CAP + 1)) {
      return source.getBuffer().readByteArray(ERROR_BODY_CAP);
    }
    return source.getBuffer().readByteArray();
  }

  private <T> T parse(byte[] bytes, Class<T> type) {
    try {
      T value = runtime.json().readValue(bytes, type);
      if (value == null) {
        throw CallFailure.malformed("response body is JSON null");
      }
      return value;
    } catch (JacksonException e) {
      throw CallFailure.malformed("response is not the expected JSON: " + describe(e));
    } catch (IOException e) {
      throw CallFailure.malformed("response could not be read: " + e.getClass().getSimpleName());
    }
  }

  /** Jackson's reason and position, without the source excerpt (it could echo anything). */
  private static String describe(JacksonException e) {
    String reason = e.getOriginalMessage();
    if (reason != null) {
      reason = reason.lines().findFirst().orElse("");
      reason = reason.length() > 200 ? reason.substring(0, 200) + "…" : reason;
    }
    JsonLocation at = e.getLocation();
    return at == null
        ? reason
        : reason + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  private static CallFailure failure(IOException e) {
    if (Thread.currentThread().isInterrupted()
        || (e instanceof InterruptedIOException
            && !(e instanceof SocketTimeoutException)
            && "interrupted".equals(e.getMessage()))) {
      Thread.currentThread().interrupt();
      return CallFailure.interrupted("interrupted during the HTTP call");
    }
    String what = e instanceof InterruptedIOException ? "timed out" : "network error";
    return CallFailure.network(
        what + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
  }
}
