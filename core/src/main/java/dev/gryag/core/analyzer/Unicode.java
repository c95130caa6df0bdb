package dev.gryag.core.analyzer;

/**
 * Code-point facts the tokenizer needs: which code points start an emoji, which extend the cluster
 * before them, and how to count user-perceived characters. It follows the parts of Unicode's
 * extended grapheme cluster rules (UAX #29) that chat text exercises — combining marks, variation
 * selectors, emoji modifiers, ZWJ sequences, flags (regional-indicator pairs), tags, keycaps, CR LF
 * — and leaves out Hangul jamo and prepend rules.
 */
final class Unicode {

  static final int ZWJ = 0x200D;
  static final int KEYCAP = 0x20E3;

  private Unicode() {}

  /** True when {@code cp} starts an emoji (pictographs, dingbats, symbols shown as emoji). */
  static boolean isEmojiStart(int cp) {
    if (cp >= 0x1F000) {
      return cp <= 0x1FAFF;
    }
    if (cp < 0x2000) {
      return false;
    }
    if (cp >= 0x2600 && cp <= 0x27BF) {
      return true;
    }
    return switch (cp) {
      case 0x203C,
          0x2049,
          0x2122,
          0x2139,
          0x231A,
          0x231B,
          0x2328,
          0x23CF,
          0x24C2,
          0x25AA,
          0x25AB,
          0x25B6,
          0x25C0,
          0x2934,
          0x2935,
          0x2B05,
          0x2B06,
          0x2B07,
          0x2B1B,
          0x2B1C,
          0x2B50,
          0x2B55,
          0x3030,
          0x303D,
          0x3297,
          0x3299 ->
          true;
      default ->
          (cp >= 0x2194 && cp <= 0x2199)
              || cp == 0x21A9
              || cp == 0x21AA
              || (cp >= 0x23E9 && cp <= 0x23F3)
              || (cp >= 0x23F8 && cp <= 0x23FA)
              || (cp >= 0x25FB && cp <= 0x25FE);
    };
  }

  static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  static boolean isSkinTone(int cp) {
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
  }

  static boolean isVariationSelector(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  /** True when {@code cp} never starts a cluster: marks, selectors, modifiers, tags, ZWJ/ZWNJ. */
  static boolean isExtend(int cp) {
    if (cp < 0x300 || (cp >= 0x400 && cp <= 0x482) || (cp >= 0x48A && cp <= 0x52F)) {
      return false;
    }
    if (isVariationSelector(cp) || isSkinTone(cp) || cp == ZWJ || cp == 0x200C) {
      return true;
    }
    if (cp >= 0xE0020 && cp <= 0xE007F) {
      return true; // tags, as in the flags of England or Scotland
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Whether a pictograph after a ZWJ joins the cluster before it (👨‍👩‍👧, 🏳️‍🌈). */
  static boolean joinsAfterZwj(int cp) {
    return isEmojiStart(cp)
        || (cp >= 0x2000 && cp <= 0x2BFF && Character.getType(cp) == Character.OTHER_SYMBOL);
  }

  /**
   * The end of the emoji cluster that starts at {@code start} with the emoji {@code cp}: modifiers,
   * selectors, tags and keycaps are absorbed, ZWJ joins the next pictograph, a regional indicator
   * pairs with the next one.
   */
  static int emojiEnd(String text, int start, int cp) {
    int n = text.length();
    int i = start + Character.charCount(cp);
    if (isRegionalIndicator(cp)) {
      if (i < n && isRegionalIndicator(text.codePointAt(i))) {
        i += 2;
      }
      return i;
    }
    while (i < n) {
      int next = text.codePointAt(i);
      if (next == ZWJ) {
        int after = i + 1 < n ? text.codePointAt(i + 1) : -1;
        if (after < 0 || !joinsAfterZwj(after)) {
          return i + 1; // a dangling ZWJ still belongs to this cluster
        }
        i += 1 + Character.charCount(after);
      } else if (isExtend(next) || next == KEYCAP) {
        i += Character.charCount(next);
      } else {
        return i;
      }
    }
    return i;
  }

  /** The number of user-perceived characters (grapheme clusters) of {@code text}. */
  static int graphemes(String text) {
    int count = 0;
    int n = text.length();
    boolean afterZwj = false;
    boolean pendingRegional = false;
    int previous = -1;
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      int cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
      i += cp == c ? 1 : Character.charCount(cp);
      boolean joins;
      if (cp < 0x300 || (cp >= 0x400 && cp <= 0x482)) {
        joins = cp == '\n' && previous == '\r';
        pendingRegional = false;
      } else if (isExtend(cp)) {
        joins = previous >= 0 && previous != '\r' && previous != '\n';
      } else if (afterZwj && joinsAfterZwj(cp)) {
        joins = true;
      } else if (isRegionalIndicator(cp)) {
        joins = pendingRegional;
        pendingRegional = !pendingRegional;
      } else {
        joins = false;
        pendingRegional = false;
      }
      if (!joins) {
        count++;
      }
      afterZwj = cp == ZWJ;
      previous = cp;
    }
    return count;
  }
}
