package dev.gryag.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.conversation.MarkdownText;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MarkdownToHtmlTest {

  private static String html(String markdown) {
    return MarkdownToHtml.convert(markdown);
  }

  @Test
  void bold_italic_strike_and_inline_code_become_tags() {
    assertThat(html("**жирний** і *курсив*, _теж курсив_, ~~ні~~ та `код`"))
        .isEqualTo(
            "<b>жирний</b> і <i>курсив</i>, <i>теж курсив</i>, <s>ні</s> та <code>код</code>");
    assertThat(html("__also bold__")).isEqualTo("<b>also bold</b>");
  }

  @Test
  void nested_emphasis_is_nested() {
    assertThat(html("**bold with *italic* inside**"))
        .isEqualTo("<b>bold with <i>italic</i> inside</b>");
    assertThat(html("*italic with **bold** inside*"))
        .isEqualTo("<i>italic with <b>bold</b> inside</i>");
    assertThat(html("***both***")).isEqualTo("<b><i>both</i></b>");
  }

  @Test
  void special_characters_are_escaped_everywhere() {
    assertThat(html("a < b && c > d")).isEqualTo("a &lt; b &amp;&amp; c &gt; d");
    assertThat(html("`if (a < b && c)`")).isEqualTo("<code>if (a &lt; b &amp;&amp; c)</code>");
    assertThat(html("<script>alert(1)</script>"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void a_fenced_block_becomes_pre_with_its_language_and_is_not_formatted_inside() {
    String md = "Приклад:\n```java\nint x = a < b ? 1 : 2; // **not bold**\n```\nГотово.";

    assertThat(html(md))
        .isEqualTo(
            "Приклад:\n<pre><code class=\"language-java\">int x = a &lt; b ? 1 : 2;"
                + " // **not bold**</code></pre>\nГотово.");
  }

  @Test
  void a_fence_without_language_is_plain_pre_and_an_unclosed_fence_runs_to_the_end() {
    assertThat(html("```\nls -la\n```")).isEqualTo("<pre>ls -la</pre>");
    assertThat(html("```python\nprint(1)\nprint(2)"))
        .isEqualTo("<pre><code class=\"language-python\">print(1)\nprint(2)</code></pre>");
  }

  @Test
  void links_with_web_targets_become_anchors_with_escaped_href() {
    assertThat(html("see [the docs](https://example.com/a?x=1&y=\"2\") now"))
        .isEqualTo(
            "see <a href=\"https://example.com/a?x=1&amp;y=&quot;2&quot;\">the docs</a> now");
    assertThat(html("[**bold** link](https://example.com)"))
        .isEqualTo("<a href=\"https://example.com\"><b>bold</b> link</a>");
    assertThat(html("[wiki](https://en.wikipedia.org/wiki/Kyiv_(city))"))
        .isEqualTo("<a href=\"https://en.wikipedia.org/wiki/Kyiv_(city)\">wiki</a>");
  }

  @Test
  void links_to_anything_but_web_tg_or_mail_stay_text() {
    assertThat(html("[x](javascript:alert(1))")).isEqualTo("[x](javascript:alert(1))");
    assertThat(html("[1] footnote")).isEqualTo("[1] footnote");
  }

  @Test
  void quote_lines_become_one_blockquote() {
    assertThat(html("> перший\n> **другий**\nпісля"))
        .isEqualTo("<blockquote>перший\n<b>другий</b></blockquote>\nпісля");
  }

  @Test
  void headings_become_bold_and_bullets_become_dots() {
    assertThat(html("## План\n- один\n* два\n  + три"))
        .isEqualTo("<b>План</b>\n• один\n• два\n  • три");
  }

  @Test
  void lone_or_spaced_delimiters_stay_literal() {
    assertThat(html("2 * 3 * 4 = 24")).isEqualTo("2 * 3 * 4 = 24");
    assertThat(html("snake_case_name and __init")).isEqualTo("snake_case_name and __init");
    assertThat(html("**not closed")).isEqualTo("**not closed");
    assertThat(html("a ` lone backtick")).isEqualTo("a ` lone backtick");
  }

  @Test
  void backslash_escapes_markdown_characters() {
    assertThat(html("\\*not italic\\*")).isEqualTo("*not italic*");
  }

  @Test
  void literal_text_from_core_shows_exactly_as_written_whatever_it_holds() {
    String alphabet = "\\`*_{}[]()#+-.!~>|<&\"' \n\tаbc1:/@";
    SplittableRandom random = new SplittableRandom(18);
    for (int sample = 0; sample < 5_000; sample++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(1, 40); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String literal = text.toString();

      assertThat(html(MarkdownText.literal(literal)))
          .as("%s", literal)
          .isEqualTo(HtmlText.escape(literal));
    }
  }

  @Test
  void emoji_and_cyrillic_pass_through() {
    assertThat(html("Привіт 👋🏽 **світ** 🇺🇦")).isEqualTo("Привіт 👋🏽 <b>світ</b> 🇺🇦");
  }
}
