package dev.gryag.core.conversation;

/**
 * Puts literal text (a member's name, a fact, a persona being shown) into the light Markdown the
 * bot sends, so that it shows as written: {@code *bold*} in a nickname stays asterisks, a name
 * starting with {@code #} or {@code >} stays a name. Every character a sender may read as Markdown
 * gets a backslash, the escape a {@link MessageSender} honours; HTML characters ({@code < & >}) are
 * not Markdown here and are the sender's to escape.
 */
public final class MarkdownText {

  /**
   * The characters a backslash makes literal, and so the ones {@link #literal} escapes: the
   * contract between core and every {@link MessageSender} that renders Markdown.
   */
  public static final String ESCAPABLE = "\\`*_{}[]()#+-.!~>|";

  private MarkdownText() {}

  /** {@code text} as Markdown that renders to exactly {@code text}. */
  public static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ESCAPABLE.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
