package dev.gryag.adapter.telegram;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;

/**
 * Caps every response body the Telegram client reads, so that a Bot API server, proxy or impostor
 * cannot make the bot buffer an unbounded answer: a body that declares more than the cap fails
 * before a byte of it is read, and one without a length (chunked, or gzip that OkHttp inflates)
 * fails as soon as the cap is passed, having read at most one byte more. Either way the call fails
 * with {@link ResponseTooLargeException}. (The LLM adapter has its own: adapters share no code.)
 */
final class ResponseCap implements Interceptor {

  private final long maxBytes;

  ResponseCap(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    long declared = body.contentLength();
    if (declared > maxBytes) {
      response.close();
      throw new ResponseTooLargeException(
          "the Bot API answer declares "
              + declared
              + " bytes, more than the "
              + maxBytes
              + " allowed");
    }
    Source capped = new CappedSource(body.source(), maxBytes);
    return response
        .newBuilder()
        .body(ResponseBody.create(Okio.buffer(capped), body.contentType(), declared))
        .build();
  }

  /** Counts what is read and refuses the byte past the cap. */
  private static final class CappedSource extends ForwardingSource {
    private final long maxBytes;
    private long read;

    CappedSource(Source delegate, long maxBytes) {
      super(delegate);
      this.maxBytes = maxBytes;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      long n = super.read(sink, Math.min(byteCount, maxBytes + 1 - read));
      if (n > 0) {
        read += n;
        if (read > maxBytes) {
          throw new ResponseTooLargeException(
              "the Bot API answer is larger than " + maxBytes + " bytes");
        }
      }
      return n;
    }
  }

  /**
   * A response body over the cap: the server's fault, and no retry will make it smaller (a retried
   * sendMessage could even post twice).
   */
  static final class ResponseTooLargeException extends IOException {
    ResponseTooLargeException(String message) {
      super(message);
    }
  }
}
