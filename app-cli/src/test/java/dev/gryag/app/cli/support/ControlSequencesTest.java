package dev.gryag.app.cli.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

public class ControlSequencesTest {

  /** ESC, BEL and every other C0 or C1 control but the line break, or a bidi override. */
  public static boolean isHostile(int c) {
    return (c < 0x20 && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  @Test
  void colourAndCursorSequencesGoAndTheWordsStay() {
    assertThat(ControlSequences.strip("\u001b[31mred\u001b[0m \u001b[2J\u001b[1;1Hhome"))
        .isEqualTo("red home");
  }

  @Test
  void oscLinksAndTitlesGoWithTheirPayload() {
    assertThat(
            ControlSequences.strip("a\u001b]8;;https://x.example\u001b\\link\u001b]8;;\u001b\\b"))
        .isEqualTo("alinkb");
    assertThat(ControlSequences.strip("a\u001b]0;title\u0007b")).isEqualTo("ab");
    assertThat(ControlSequences.strip("a\u009d0;title\u009cb")).isEqualTo("ab");
  }

  @Test
  void anUnterminatedStringLosesOnlyItsIntroducer() {
    assertThat(ControlSequences.strip("a\u001b]0;rest")).isEqualTo("a0;rest");
  }

  @Test
  void otherControlsAndBidiOverridesGoAndLineBreaksBecomeSpaces() {
    assertThat(ControlSequences.strip("a\u0007b\u0085c\u202Ed\u202Ce\u2066f\u2069\tg\nh\u001b"))
        .isEqualTo("abcdef g h");
  }

  @Test
  void ordinaryUnicodeIsKeptAsIs() {
    String text = "Олена 👩‍👩‍👧 中文 é 🏔 \u200dzwj";
    assertThat(ControlSequences.strip(text)).isSameAs(text);
  }
}
