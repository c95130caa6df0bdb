package dev.gryag.adapter.llm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okhttp3.Headers;
import okio.Buffer;
import okio.BufferedSink;
import okio.ByteString;
import okio.GzipSink;
import okio.Okio;

/** Responses that are too large in each way a server can send one. */
final class OversizeBodies {

  /** Where an endless body gives up when the client never hangs up. */
  private static final long ENDLESS = 256L << 20;

  private OversizeBodies() {}

  /** Declares {@code length} bytes but sends none: a client that reads it waits until timeout. */
  static MockResponse declaring(long length) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(
            new MockResponseBody() {
              @Override
              public long getContentLength() {
                return length;
              }

              @Override
              public void writeTo(BufferedSink sink) {
                // nothing: the length alone must be enough to refuse it
              }
            })
        .build();
  }

  /** Chunked JSON whitespace that goes on until the client hangs up (or {@value #ENDLESS} B). */
  static MockResponse endlessChunks() {
    ByteString chunk = ByteString.encodeUtf8(" ".repeat(8192));
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(
            new MockResponseBody() {
              @Override
              public long getContentLength() {
                return -1;
              }

              @Override
              public void writeTo(BufferedSink sink) throws IOException {
                for (long sent = 0; sent < ENDLESS; sent += chunk.size()) {
                  sink.writeHexadecimalUnsignedLong(chunk.size()).writeUtf8("\r\n");
                  sink.write(chunk).writeUtf8("\r\n");
                }
                sink.writeUtf8("0\r\n\r\n");
              }
            })
        .removeHeader("Content-Length")
        .addHeader("Transfer-Encoding", "chunked")
        .build();
  }

  /** {@code json} followed by spaces to exactly {@code size} bytes, sent in chunks or not. */
  static MockResponse paddedTo(long size, String json, boolean chunked) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Buffer body = new Buffer().write(bytes).writeUtf8(" ".repeat((int) (size - bytes.length)));
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(200)
            .headers(Headers.of("Content-Type", "application/json"));
    return (chunked ? response.chunkedBody(body, 4096) : response.body(body)).build();
  }

  /** {@code inflated} bytes of JSON whitespace, gzipped: a few KiB on the wire. */
  static MockResponse gzipBomb(long inflated) throws IOException {
    Buffer zipped = new Buffer();
    try (BufferedSink gzip = Okio.buffer(new GzipSink(zipped))) {
      ByteString block = ByteString.encodeUtf8(" ".repeat(65_536));
      for (long written = 0; written < inflated; written += block.size()) {
        gzip.write(block);
      }
    }
    return new MockResponse.Builder()
        .code(200)
        .headers(Headers.of("Content-Type", "application/json", "Content-Encoding", "gzip"))
        .body(zipped)
        .build();
  }
}
