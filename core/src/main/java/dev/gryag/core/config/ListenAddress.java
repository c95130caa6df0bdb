package dev.gryag.core.config;

import java.util.Objects;

/**
 * A local address a server binds, written {@code host:port} ({@code [::1]:9464} for IPv6); the
 * servers of Gryag listen on {@link #LOOPBACK} unless a {@code *_LISTEN} key says otherwise.
 *
 * @param host an IP address or host name, without brackets
 * @param port 0-65535
 */
public record ListenAddress(String host, int port) {

  /** Where every server listens by default: only this machine can connect. */
  public static final String LOOPBACK = "127.0.0.1";

  public ListenAddress {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("listen host must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("listen port must be 0-65535, was " + port);
    }
  }

  /** {@code port} on {@link #LOOPBACK}. */
  public static ListenAddress loopback(int port) {
    return new ListenAddress(LOOPBACK, port);
  }

  /** Reads {@code host:port} or {@code [ipv6]:port}. */
  public static ListenAddress parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("expected host:port, e.g. 0.0.0.0:9464");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    } else if (host.contains(":")) {
      throw new IllegalArgumentException("expected host:port, with an IPv6 host in brackets");
    }
    try {
      return new ListenAddress(host, Integer.parseInt(text.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected host:port with a port from 0 to 65535", e);
    }
  }

  /**
   * The address a server listens on: {@code listen} when it is set, else {@code port} on {@link
   * #LOOPBACK}. Setting both is allowed only when the ports agree, so an old {@code *_PORT} left
   * beside a new {@code *_LISTEN} cannot silently mean something else.
   *
   * @throws IllegalArgumentException naming both keys when they disagree
   */
  public static ListenAddress resolve(
      Configuration config, Setting<ListenAddress> listen, Setting<Integer> port) {
    if (!config.isSet(listen)) {
      return loopback(config.get(port));
    }
    ListenAddress address = config.get(listen);
    if (config.isSet(port) && config.get(port) != address.port()) {
      throw new IllegalArgumentException(
          listen.key()
              + " ("
              + address
              + ") and "
              + port.key()
              + " ("
              + config.get(port)
              + ") disagree on the port: set only "
              + listen.key());
    }
    return address;
  }

  /** {@code host:port}, brackets around an IPv6 host: what {@link #parse} reads. */
  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
