package dev.gryag.adapter.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gryag.core.llm.LanguageModelException.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads the providers' error bodies into failures: the message to show, the kind, and any retry
 * hint from the {@code Retry-After} header, Gemini's {@code RetryInfo.retryDelay} or the message.
 */
final class ErrorBodies {

  private static final int MAX_MESSAGE = 300;

  private ErrorBodies() {}

  /** {@code {"error":{"code":..,"message":..,"status":..,"details":[{"@type":..}]}}}. */
  static JsonHttp.ErrorReader gemini(ObjectMapper json, Clock clock) {
    return (status, body, headers) -> {
      JsonNode error = tree(json, body).path("error");
      String message = error.path("message").asText(null);
      String statusName = error.path("status").asText("");
      Optional<Duration> hint = RetryHints.fromRetryAfter(headers.get("Retry-After"), clock);
      boolean badKey = false;
      for (JsonNode detail : error.path("details")) {
        String type = detail.path("@type").asText("");
        if (type.endsWith("google.rpc.RetryInfo") && hint.isEmpty()) {
          hint = RetryHints.parseDuration(detail.path("retryDelay").asText(null));
        }
        badKey |= detail.path("reason").asText("").startsWith("API_KEY_");
      }
      if (hint.isEmpty()) {
        hint = RetryHints.fromMessage(message);
      }
      String text = describe(status, statusName, message, body);
      if (badKey) {
        // Gemini answers a wrong key with 400 INVALID_ARGUMENT and reason API_KEY_INVALID.
        return CallFailure.http(status, Kind.AUTHENTICATION, text, false);
      }
      return CallFailure.http(status, text, hint.orElse(null));
    };
  }

  /**
   * {@code {"error":{"message":..,"type":..,"code":..}}} and the variants compatible servers send
   * ({@code {"error":"…"}}, {@code {"message":"…"}}, {@code {"detail":"…"}}).
   */
  static JsonHttp.ErrorReader openAi(ObjectMapper json, Clock clock) {
    return (status, body, headers) -> {
      JsonNode root = tree(json, body);
      JsonNode error = root.path("error");
      String message =
          firstText(error.path("message"), error, root.path("message"), root.path("detail"));
      String code = firstText(error.path("code"), error.path("type"), root.path("type"));
      Optional<Duration> hint = RetryHints.fromRetryAfter(headers.get("Retry-After"), clock);
      if (hint.isEmpty()) {
        hint = retryAfterMillis(headers);
      }
      if (hint.isEmpty()) {
        hint = RetryHints.fromMessage(message);
      }
      String text = describe(status, code == null ? "" : code, message, body);
      if ("insufficient_quota".equals(code)) {
        // A spent balance is not cured by waiting seconds: fail over instead of retrying.
        return CallFailure.http(status, Kind.TRANSIENT, text, false);
      }
      return CallFailure.http(status, text, hint.orElse(null));
    };
  }

  private static Optional<Duration> retryAfterMillis(Headers headers) {
    String value = headers.get("retry-after-ms");
    if (value == null || !value.strip().matches("\\d{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(Long.parseLong(value.strip())));
  }

  private static JsonNode tree(ObjectMapper json, byte[] body) {
    try {
      JsonNode node = json.readTree(body);
      return node == null ? json.missingNode() : node;
    } catch (IOException e) {
      return json.missingNode();
    }
  }

  private static String firstText(JsonNode... nodes) {
    for (JsonNode node : nodes) {
      if (node.isTextual() && !node.asText().isBlank()) {
        return node.asText();
      }
      if (node.isNumber()) {
        return node.asText();
      }
    }
    return null;
  }

  /** "HTTP 429 RESOURCE_EXHAUSTED: You exceeded…", or the start of a non-JSON body. */
  private static String describe(int status, String code, String message, byte[] body) {
    String detail = message;
    if (detail == null || detail.isBlank()) {
      detail = new String(body, StandardCharsets.UTF_8).strip();
      detail = detail.isEmpty() ? "(empty body)" : detail;
    }
    detail = detail.replaceAll("\\s+", " ");
    if (detail.length() > MAX_MESSAGE) {
      detail = detail.substring(0, MAX_MESSAGE) + "…";
    }
    return "HTTP " + status + (code.isBlank() ? "" : " " + code) + ": " + detail;
  }
}
