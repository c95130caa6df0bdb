package dev.gryag.adapter.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a database URL in either of the two shapes operators meet: the libpq/Heroku style {@code
 * postgres://user:password@host:5432/db?sslmode=require} (also {@code postgresql://}) and PgJDBC's
 * {@code jdbc:postgresql://host:5432/db?user=...&password=...}, with one or several hosts.
 */
final class DatabaseUrl {

  static final int DEFAULT_PORT = 5432;
  private static final String SHAPE =
      "a URL like postgres://user:password@host:5432/database"
          + " or jdbc:postgresql://host:5432/database?user=name";

  /** What a URL names: hosts as {@code host:port[,host:port]}, credentials, extra properties. */
  record Parts(
      String address,
      String database,
      String user,
      String password,
      Map<String, String> properties) {}

  private DatabaseUrl() {}

  /**
   * Reads {@code url}; a bad one fails with what is allowed and why, never quoting the password.
   *
   * @throws IllegalArgumentException starting with "expected"
   */
  static Parts read(String url) {
    try {
      return parse(url);
    } catch (IllegalArgumentException | URISyntaxException e) {
      throw new IllegalArgumentException("expected " + SHAPE + " (" + reason(e) + ")", e);
    }
  }

  /** {@code url} if {@link #read} can read it: the check of {@code DATABASE_URL}'s type. */
  static String check(String url) {
    read(url);
    return url;
  }

  private static Parts parse(String url) throws URISyntaxException {
    String text = url.strip();
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("jdbc:")) {
      text = text.substring("jdbc:".length());
      lower = lower.substring("jdbc:".length());
    }
    if (!lower.startsWith("postgres://") && !lower.startsWith("postgresql://")) {
      throw new IllegalArgumentException(
          "the scheme must be postgres, postgresql or jdbc:postgresql");
    }
    URI uri = new URI(text);
    String authority = uri.getRawAuthority();
    if (authority == null || authority.isEmpty()) {
      throw new IllegalArgumentException("no host");
    }
    String user = null;
    String password = null;
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
      authority = authority.substring(at + 1);
    }
    Map<String, String> properties = query(uri.getRawQuery());
    user = pick("user", user, properties.remove("user"));
    password = pick("password", password, properties.remove("password"));
    String path = uri.getPath() == null ? "" : uri.getPath();
    String database = path.startsWith("/") ? path.substring(1) : path;
    if (database.isEmpty() || database.contains("/")) {
      throw new IllegalArgumentException("the path must be the database name");
    }
    return new Parts(
        address(authority), database, emptyToNull(user), emptyToNull(password), properties);
  }

  private static String address(String hostList) {
    List<String> hosts = new ArrayList<>();
    for (String spec : hostList.split(",", -1)) {
      hosts.add(hostAndPort(spec));
    }
    return String.join(",", hosts);
  }

  private static String hostAndPort(String spec) {
    String host = spec;
    String port = null;
    if (spec.startsWith("[")) {
      int end = spec.indexOf(']');
      if (end < 0) {
        throw new IllegalArgumentException("unclosed IPv6 address");
      }
      host = spec.substring(0, end + 1);
      String rest = spec.substring(end + 1);
      if (!rest.isEmpty()) {
        if (!rest.startsWith(":")) {
          throw new IllegalArgumentException("bad host '" + spec + "'");
        }
        port = rest.substring(1);
      }
    } else if (spec.contains(":")) {
      host = spec.substring(0, spec.lastIndexOf(':'));
      port = spec.substring(spec.lastIndexOf(':') + 1);
    }
    if (host.isEmpty() || host.contains("/")) {
      throw new IllegalArgumentException("no host");
    }
    return host + ":" + (port == null || port.isEmpty() ? DEFAULT_PORT : port(port));
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("the port must be from 1 to 65535, was '" + text + "'");
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> properties = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return properties;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a parameter without a name");
      }
      properties.put(name, value);
    }
    return properties;
  }

  private static String pick(String what, String fromUserInfo, String fromQuery) {
    if (fromUserInfo != null && fromQuery != null) {
      throw new IllegalArgumentException("the " + what + " is given twice");
    }
    return fromUserInfo != null ? fromUserInfo : fromQuery;
  }

  /** Percent-decoding as in URLs: a '+' stays a '+'. */
  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes its input, which may be the password.
      throw new IllegalArgumentException("a bad percent-escape (write % as %25)");
    }
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static String reason(Exception e) {
    // URISyntaxException quotes the whole input, password included: keep only its reason.
    return e instanceof URISyntaxException syntax
        ? syntax.getReason() + " at index " + syntax.getIndex()
        : e.getMessage();
  }
}
