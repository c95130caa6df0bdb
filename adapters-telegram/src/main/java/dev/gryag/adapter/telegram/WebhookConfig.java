package dev.gryag.adapter.telegram;

import dev.gryag.core.config.ListenAddress;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where Telegram delivers updates in webhook mode and where the bot listens for them. {@link
 * #toString()} never shows the secret.
 *
 * @param publicUrl the HTTPS URL Telegram posts updates to (usually a reverse proxy in front of the
 *     bot); its path is also the path the bot listens on
 * @param secret the {@code X-Telegram-Bot-Api-Secret-Token} value, 1-256 of {@code A-Z a-z 0-9 _
 *     -}; null to generate a random one at every start
 * @param listenHost the local address to bind; null or blank: {@link ListenAddress#LOOPBACK}, for a
 *     reverse proxy on the same machine ({@code 0.0.0.0} takes connections from anywhere)
 * @param listenPort the local port to bind; 0 picks a free one
 * @param maxBodyBytes the largest update body accepted; 0 or less: {@link #DEFAULT_MAX_BODY_BYTES}
 */
public record WebhookConfig(
    URI publicUrl, String secret, String listenHost, int listenPort, int maxBodyBytes) {

  static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  /** 1 MiB: far above any update Telegram sends, small enough that no one can exhaust memory. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  public WebhookConfig {
    Objects.requireNonNull(publicUrl, "publicUrl");
    if (!publicUrl.isAbsolute()
        || !("https".equals(publicUrl.getScheme()) || "http".equals(publicUrl.getScheme()))) {
      throw new IllegalArgumentException(
          "webhook publicUrl must be an absolute https URL, was '" + publicUrl + "'");
    }
    if (secret != null && !SECRET.matcher(secret).matches()) {
      throw new IllegalArgumentException(
          "webhook secret must be 1-256 characters of A-Z a-z 0-9 _ - (value not shown)");
    }
    listenHost = listenHost == null || listenHost.isBlank() ? ListenAddress.LOOPBACK : listenHost;
    if (listenPort < 0 || listenPort > 65_535) {
      throw new IllegalArgumentException("webhook listenPort must be 0-65535, was " + listenPort);
    }
    maxBodyBytes = maxBodyBytes <= 0 ? DEFAULT_MAX_BODY_BYTES : maxBodyBytes;
  }

  /** Listens on {@code 127.0.0.1:port} with a random secret. */
  public static WebhookConfig of(URI publicUrl, int listenPort) {
    return new WebhookConfig(publicUrl, null, null, listenPort, 0);
  }

  public WebhookConfig withSecret(String value) {
    return new WebhookConfig(publicUrl, value, listenHost, listenPort, maxBodyBytes);
  }

  /** Listens on {@code address} instead. */
  public WebhookConfig listeningOn(ListenAddress address) {
    return new WebhookConfig(publicUrl, secret, address.host(), address.port(), maxBodyBytes);
  }

  /** The local path updates arrive on: the public URL's path, or {@code /}. */
  public String path() {
    String path = publicUrl.getPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  @Override
  public String toString() {
    return "WebhookConfig[publicUrl="
        + publicUrl
        + ", secret="
        + (secret == null ? "<generated>" : "<redacted>")
        + ", listen="
        + listenHost
        + ":"
        + listenPort
        + ", maxBodyBytes="
        + maxBodyBytes
        + "]";
  }
}
