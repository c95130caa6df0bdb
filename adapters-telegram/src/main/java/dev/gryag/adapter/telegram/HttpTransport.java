package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one Bot API method as JSON and waits for the answer on the calling thread, interruptibly:
 * the call runs on OkHttp's dispatcher and is cancelled when the waiting thread is interrupted. I/O
 * errors come out with the token redacted.
 */
final class HttpTransport {

  private static final Logger log = LoggerFactory.getLogger(HttpTransport.class);
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  private final HttpUrl base;
  private final Redactor redactor;

  HttpTransport(HttpUrl base, Redactor redactor) {
    this.base = base;
    this.redactor = redactor;
  }

  <T> ApiResult<T> post(OkHttpClient via, String method, ObjectNode payload, JavaType type)
      throws IOException, InterruptedException {
    Request request =
        new Request.Builder()
            .url(base.newBuilder().addPathSegment(method).build())
            .post(RequestBody.create(TelegramClient.JSON.writeValueAsBytes(payload), JSON_TYPE))
            .build();
    long started = System.nanoTime();
    RawResponse raw = execute(via, request);
    log.debug(
        "{} answered HTTP {} in {} ms", method, raw.code(), (System.nanoTime() - started) / 1e6);
    return ApiEnvelope.decode(method, raw.code(), raw.body(), type, redactor);
  }

  private RawResponse execute(OkHttpClient via, Request request)
      throws IOException, InterruptedException {
    Call call = via.newCall(request);
    CompletableFuture<RawResponse> done = new CompletableFuture<>();
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call failed, IOException e) {
            done.completeExceptionally(e);
          }

          @Override
          public void onResponse(Call answered, Response response) {
            try (response) {
              done.complete(new RawResponse(response.code(), response.body().string()));
            } catch (IOException e) {
              done.completeExceptionally(e);
            }
          }
        });
    try {
      return done.get();
    } catch (InterruptedException e) {
      call.cancel();
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw redactor.apply(io);
      }
      throw new IOException(redactor.apply(String.valueOf(e.getCause())));
    }
  }

  private record RawResponse(int code, String body) {}
}
