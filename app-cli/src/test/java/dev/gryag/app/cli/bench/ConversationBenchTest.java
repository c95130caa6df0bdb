package dev.gryag.app.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ConversationBenchTest {

  @Test
  void a_small_run_prints_both_figures() {
    StringWriter out = new StringWriter();
    CommandLine bench = new CommandLine(new ConversationBench());
    bench.setOut(new PrintWriter(out, true));

    int exit = bench.execute("--messages=2000", "--chats=10", "--history=3000", "--samples=200");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .containsPattern(
            "onMessage, no model call: 2,000 messages in 10 chats in [0-9.]+ s = [0-9,]+ msgs/s"
                + " \\([0-9,]+ per CPU-second of the thread; 0 answered\\)")
        .contains("context assembly, chat of 3,000 messages, budget 6,000 tokens, 200 prompts")
        .containsPattern("wall clock: +p50 [0-9.]+ ms, p90 [0-9.]+ ms, p99 [0-9.]+ ms")
        .containsPattern("thread CPU time: p50 [0-9.]+ ms");
  }
}
