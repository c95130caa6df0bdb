package dev.gryag.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void every_markdown_character_gets_a_backslash_and_nothing_else_changes() {
    assertThat(MarkdownText.literal("<b>x</b> &amp; *bold* _x_ `code` [link](http://evil)"))
        .isEqualTo("<b\\>x</b\\> &amp; \\*bold\\* \\_x\\_ \\`code\\` \\[link\\]\\(http://evil\\)");
    assertThat(MarkdownText.literal("Олена Коваль")).isEqualTo("Олена Коваль");
  }

  @Test
  void lines_that_would_open_a_block_start_with_a_backslash() {
    assertThat(MarkdownText.literal("# h\n> q\n- i\n```\n~~~\n\\"))
        .isEqualTo("\\# h\n\\> q\n\\- i\n\\`\\`\\`\n\\~\\~\\~\n\\\\");
  }
}
