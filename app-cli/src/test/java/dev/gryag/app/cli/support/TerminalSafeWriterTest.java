package dev.gryag.app.cli.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalSafeWriterTest {

  @Test
  void escapeSequencesInAnErrorLineGoAndTheLineBreaksStay() {
    StringWriter sink = new StringWriter();
    PrintWriter err = new PrintWriter(new TerminalSafeWriter(sink), true);

    err.println("gryag restore: no such file: \u001b]0;pwned\u0007\u001b[31mred\u001b[0m.gz");
    err.println("second \u202Eline");

    assertThat(sink.toString()).isEqualTo("gryag restore: no such file: red.gz\nsecond line\n");
  }

  @Test
  void aSequenceSplitAcrossWritesIsStillCaught() {
    StringWriter sink = new StringWriter();
    PrintWriter err = new PrintWriter(new TerminalSafeWriter(sink));

    err.print("a\u001b");
    err.print("[2J");
    err.print("b");
    err.flush();

    assertThat(sink.toString()).isEqualTo("ab");
  }
}
