package dev.gryag.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlSplitterTest {

  private static final int LIMIT = HtmlSplitter.TELEGRAM_LIMIT;
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");
  private static final Set<String> TELEGRAM_TAGS =
      Set.of("b", "i", "s", "u", "code", "pre", "a", "blockquote");

  @Test
  void text_within_the_limit_is_one_part() {
    assertThat(HtmlSplitter.split("коротко", LIMIT)).containsExactly("коротко");
  }

  @Test
  void paragraphs_are_preferred_to_sentences_and_sentences_to_words() {
    String first = "Перший абзац. " + "слово ".repeat(500);
    String second = "Другий абзац. " + "слово ".repeat(500);
    List<String> parts = HtmlSplitter.split(first + "\n\n" + second, LIMIT);

    assertThat(parts).containsExactly(first + "\n\n", second);

    String sentences = ("Речення номер один має кілька слів. ").repeat(150);
    for (String part : HtmlSplitter.split(sentences, LIMIT)) {
      assertThat(part).hasSizeLessThanOrEqualTo(LIMIT);
      assertThat(part.strip()).endsWith(".");
    }
  }

  @Test
  void a_20000_character_answer_splits_into_valid_parts_that_keep_everything() {
    String markdown = longAnswer(20_000);
    String html = MarkdownToHtml.convert(markdown);

    List<String> parts = HtmlSplitter.split(html, LIMIT);

    assertThat(parts).hasSizeGreaterThanOrEqualTo(5);
    assertValid(html, parts, LIMIT);
  }

  @Test
  void a_code_block_longer_than_a_message_is_closed_and_reopened_in_every_part() {
    String code = "val x = listOf(1, 2, 3) // коментар < 5 && > 2\n".repeat(250);
    String html = MarkdownToHtml.convert("```kotlin\n" + code + "```");

    List<String> parts = HtmlSplitter.split(html, LIMIT);

    assertThat(parts).hasSizeGreaterThan(1);
    for (String part : parts) {
      assertThat(part).startsWith("<pre><code class=\"language-kotlin\">");
      assertThat(part).endsWith("</code></pre>");
    }
    assertValid(html, parts, LIMIT);
  }

  @Test
  void emoji_are_never_cut_in_half() {
    String html = "😀".repeat(3000);

    List<String> parts = HtmlSplitter.split(html, LIMIT);

    assertThat(parts).hasSize(2);
    assertThat(parts.get(0)).hasSize(4096);
    assertValid(html, parts, LIMIT);
  }

  @Test
  void an_odd_limit_inside_an_emoji_cuts_before_it() {
    List<String> parts = HtmlSplitter.split("a" + "😀".repeat(10), 4);

    assertThat(parts).containsExactly("a😀", "😀😀", "😀😀", "😀😀", "😀😀", "😀");
  }

  @Test
  void entities_are_never_cut() {
    String html = "&amp;".repeat(1000);

    List<String> parts = HtmlSplitter.split(html, LIMIT);

    for (String part : parts) {
      assertThat(part).matches("(&amp;)+");
    }
    assertValid(html, parts, LIMIT);
  }

  @Test
  void a_part_never_ends_with_an_opening_tag_or_starts_with_a_dangling_closing_tag() {
    String html = ("<b>word </b>").repeat(1000);

    List<String> parts = HtmlSplitter.split(html, LIMIT);

    for (String part : parts) {
      assertThat(part).doesNotEndWith("<b>").doesNotStartWith("</b>");
      assertThat(part).doesNotContain("<b></b>");
    }
    assertValid(html, parts, LIMIT);
  }

  @Test
  void random_markdown_always_splits_into_valid_parts_that_keep_everything() {
    Random random = new Random(20240529);
    for (int round = 0; round < 300; round++) {
      String markdown = randomMarkdown(random, 200 + random.nextInt(12_000));
      String html = MarkdownToHtml.convert(markdown);
      int limit = round % 3 == 0 ? 200 + random.nextInt(800) : LIMIT;

      List<String> parts = HtmlSplitter.split(html, limit);

      assertValid(html, parts, limit);
    }
  }

  /** Each part fits, is well-formed and unbroken; together they say exactly what the whole said. */
  static void assertValid(String html, List<String> parts, int limit) {
    StringBuilder visible = new StringBuilder();
    for (String part : parts) {
      assertThat(part.length()).as("part length").isLessThanOrEqualTo(limit);
      assertWellFormed(part);
      visible.append(HtmlText.toPlain(part));
    }
    assertThat(visible.toString()).isEqualTo(HtmlText.toPlain(html));
  }

  private static void assertWellFormed(String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < part.length() && Character.isLowSurrogate(part.charAt(i + 1)))
            .as("high surrogate at %d is followed by its pair", i)
            .isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d", i).isFalse();
      }
    }
    assertThat(part.replaceAll("&(amp|lt|gt|quot);", "")).doesNotContain("&");
    Deque<String> open = new ArrayDeque<>();
    Matcher tag = TAG.matcher(part);
    while (tag.find()) {
      assertThat(TELEGRAM_TAGS).contains(tag.group(2));
      if (tag.group(1).isEmpty()) {
        open.push(tag.group(2));
      } else {
        assertThat(open).as("closing </%s> in %s", tag.group(2), part).isNotEmpty();
        assertThat(open.pop()).isEqualTo(tag.group(2));
      }
    }
    assertThat(open).as("unclosed tags").isEmpty();
    assertThat(part.replaceAll("<[^>]*>", "")).doesNotContain("<", ">");
  }

  private static String longAnswer(int length) {
    StringBuilder md = new StringBuilder();
    int n = 0;
    while (md.length() < length) {
      md.append("## Розділ ").append(++n).append("\n\n");
      md.append("Це **важливий** абзац про *каву* та `код`, з емодзі ☕️😀 і посиланням на ")
          .append("[документацію](https://core.telegram.org/bots/api). ")
          .append("Друге речення трохи довше, щоб було що різати. ".repeat(8))
          .append("\n\n");
      md.append("```python\n")
          .append("def f(x):\n    return x < 10 and x > 2  # коментар\n".repeat(6))
          .append("```\n\n");
      md.append("> Цитата з **жирним** текстом.\n> Другий рядок цитати.\n\n");
    }
    return md.toString();
  }

  private static final String[] PIECES = {
    "слово",
    "word",
    "😀",
    "👍🏽",
    "🇺🇦",
    "кава",
    "**bold**",
    "*it*",
    "_it_",
    "`x < y`",
    "a&b",
    "<tag>",
    "[link](https://example.com/?a=1&b=2)",
    ".",
    "!",
    "?",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "~~s~~",
    "> ",
    "- ",
    "# ",
    "\n```js\nlet a = 1 < 2;\n```\n",
    "x".repeat(50),
    "ж".repeat(300)
  };

  private static String randomMarkdown(Random random, int length) {
    StringBuilder md = new StringBuilder();
    while (md.length() < length) {
      md.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(4) == 0) {
        md.append(' ');
      }
    }
    return md.toString();
  }
}
