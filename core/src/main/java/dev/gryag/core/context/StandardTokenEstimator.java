package dev.gryag.core.context;

/**
 * Sums a weight per code point (in hundredths of a token) by script and rounds up once, which keeps
 * the estimate subadditive.
 */
final class StandardTokenEstimator implements TokenEstimator {

  static final StandardTokenEstimator INSTANCE = new StandardTokenEstimator();

  private StandardTokenEstimator() {}

  @Override
  public int estimate(String text) {
    long hundredths = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      hundredths += weight(codePoint);
      i += Character.charCount(codePoint);
    }
    return (int) Math.min(Integer.MAX_VALUE, (hundredths + 99) / 100);
  }

  private static int weight(int c) {
    if (c < 0x80) {
      return asciiWeight(c);
    }
    if (c >= 0x0400 && c <= 0x052F) {
      return 42;
    }
    if (Character.isIdeographic(c)) {
      return 100;
    }
    if (Character.isLetter(c)) {
      return Character.isSupplementaryCodePoint(c) ? 100 : 50;
    }
    if (Character.isWhitespace(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
      return 10;
    }
    return 150;
  }

  private static int asciiWeight(int c) {
    if (Character.isLetter(c)) {
      return 25;
    }
    if (Character.isDigit(c)) {
      return 34;
    }
    if (c == ' ') {
      return 0;
    }
    return c == '\n' || c == '\t' ? 50 : 60;
  }
}
