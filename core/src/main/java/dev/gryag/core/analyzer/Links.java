package dev.gryag.core.analyzer;

import java.util.Set;

/**
 * Finds the end of a link: one that starts with a scheme or {@code www.}, or a bare domain with a
 * well-known top-level domain ({@code t.me/gryag}, {@code example.com}). Every scan looks at a
 * bounded stretch or stops at the first space, so the tokenizer stays linear.
 */
final class Links {

  private static final int MAX_DOMAIN = 253;
  private static final Set<String> TOP_LEVEL =
      Set.of(
          "com", "net", "org", "io", "ua", "ru", "me", "dev", "app", "ai", "co", "gg", "tv", "fm",
          "ly", "be", "de", "uk", "pl", "info", "biz", "xyz", "edu", "gov", "eu", "us", "cc", "to",
          "sh", "so", "pro", "site", "online", "store", "shop", "tech", "link", "news", "by", "kz");
  private static final String[] SCHEMES = {"https://", "http://", "www.", "tg://", "ftp://"};

  private Links() {}

  /** The end of a link with a scheme (or www.) starting at {@code i}, or -1. */
  static int schemeLinkEnd(String text, int i) {
    for (String scheme : SCHEMES) {
      if (text.regionMatches(true, i, scheme, 0, scheme.length())) {
        int bodyStart = i + scheme.length();
        if (bodyStart < text.length() && isDomainChar(text.charAt(bodyStart))) {
          return trim(text, i, runEnd(text, bodyStart));
        }
      }
    }
    return -1;
  }

  /** The end of a bare-domain link starting at {@code i} (an ASCII letter or digit), or -1. */
  static int bareDomainEnd(String text, int i) {
    int n = text.length();
    int limit = Math.min(n, i + MAX_DOMAIN);
    int j = i;
    int lastDot = -1;
    while (j < limit && (isDomainChar(text.charAt(j)) || text.charAt(j) == '.')) {
      if (text.charAt(j) == '.') {
        if (j + 1 >= n || !isDomainChar(text.charAt(j + 1))) {
          break; // a sentence-ending dot
        }
        lastDot = j;
      }
      j++;
    }
    if (lastDot < 0 || (j < n && Character.isLetterOrDigit(text.codePointAt(j)))) {
      return -1;
    }
    String tld = text.substring(lastDot + 1, j).toLowerCase(java.util.Locale.ROOT);
    if (!TOP_LEVEL.contains(tld)) {
      return -1;
    }
    if (j < n && (text.charAt(j) == '/' || text.charAt(j) == ':')) {
      j = runEnd(text, j);
    }
    return trim(text, i, j);
  }

  private static boolean isDomainChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }

  private static int runEnd(String text, int i) {
    int j = i;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || c == '<'
          || c == '>'
          || c == '"'
          || c == '«'
          || c == '»') {
        break;
      }
      j++;
    }
    return j;
  }

  /** Drops trailing punctuation that ends the sentence rather than the link. */
  private static int trim(String text, int start, int end) {
    boolean opened = false;
    for (int k = start; k < end && !opened; k++) {
      opened = text.charAt(k) == '(';
    }
    int j = end;
    while (j > start + 1) {
      char c = text.charAt(j - 1);
      if (".,;:!?'\"]}…".indexOf(c) >= 0 || (c == ')' && !opened)) {
        j--;
      } else {
        break;
      }
    }
    return j;
  }
}
