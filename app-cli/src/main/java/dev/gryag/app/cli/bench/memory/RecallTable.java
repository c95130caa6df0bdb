package dev.gryag.app.cli.bench.memory;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's results: per budget and question kind, the questions, their evidence turns and
 * how many of those each method put in the prompt; per budget, the assembly time of each question.
 * Recall is pooled over evidence turns: found turns over all evidence turns of the group.
 */
final class RecallTable {

  /** The methods compared, in the table's column order. */
  enum Method {
    ASSEMBLER("assembler"),
    RECENCY("recency"),
    BM25("bm25"),
    BM25_NEIGHBOURS("bm25+nb");

    final String label;

    Method(String label) {
      this.label = label;
    }
  }

  /** One budget's figures for one kind of question. */
  static final class Cell {
    int questions;
    int evidence;
    final int[] found = new int[Method.values().length];

    double recall(Method method) {
      return evidence == 0 ? 0 : (double) found[method.ordinal()] / evidence;
    }
  }

  private final Map<Integer, Cell[]> cells = new LinkedHashMap<>();
  private final Map<Integer, long[]> nanos = new LinkedHashMap<>();
  private final Map<Integer, Integer> timed = new LinkedHashMap<>();

  RecallTable(List<Integer> budgets, int questions) {
    for (int budget : budgets) {
      Cell[] row = new Cell[QuestionKind.values().length + 1];
      Arrays.setAll(row, i -> new Cell());
      cells.put(budget, row);
      nanos.put(budget, new long[questions]);
      timed.put(budget, 0);
    }
  }

  /** A question's evidence at a budget: how many turns, and how many each method found. */
  void add(int budget, QuestionKind kind, int evidence, int[] found) {
    Cell[] row = cells.get(budget);
    for (Cell cell : List.of(row[kind.ordinal()], row[row.length - 1])) {
      cell.questions++;
      cell.evidence += evidence;
      for (int m = 0; m < found.length; m++) {
        cell.found[m] += found[m];
      }
    }
  }

  void time(int budget, long assemblyNanos) {
    int i = timed.merge(budget, 1, Integer::sum) - 1;
    nanos.get(budget)[i] = assemblyNanos;
  }

  /** The figures for {@code kind} at {@code budget}; a null kind is all questions. */
  Cell cell(int budget, QuestionKind kind) {
    Cell[] row = cells.get(budget);
    return row[kind == null ? row.length - 1 : kind.ordinal()];
  }

  /** The assembly time's {@code p} quantile at {@code budget}, in milliseconds. */
  double millis(int budget, double p) {
    long[] sorted = Arrays.copyOf(nanos.get(budget), timed.get(budget));
    if (sorted.length == 0) {
      return 0;
    }
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  void printText(PrintWriter out) {
    out.println("Evidence recall: share of the questions' evidence turns that reach the prompt.");
    out.printf(
        Locale.ROOT,
        "%7s  %-9s %9s %8s  %9s %8s %8s %8s%n",
        "budget",
        "kind",
        "questions",
        "evidence",
        Method.ASSEMBLER.label,
        Method.RECENCY.label,
        Method.BM25.label,
        Method.BM25_NEIGHBOURS.label);
    for (int budget : cells.keySet()) {
      for (int k = 0; k <= QuestionKind.values().length; k++) {
        QuestionKind kind = k < QuestionKind.values().length ? QuestionKind.values()[k] : null;
        Cell cell = cell(budget, kind);
        out.printf(
            Locale.ROOT,
            "%7d  %-9s %9d %8d  %9.2f %8.2f %8.2f %8.2f%n",
            budget,
            kind == null ? "all" : kind.label(),
            cell.questions,
            cell.evidence,
            cell.recall(Method.ASSEMBLER),
            cell.recall(Method.RECENCY),
            cell.recall(Method.BM25),
            cell.recall(Method.BM25_NEIGHBOURS));
      }
    }
    for (int budget : cells.keySet()) {
      out.printf(
          Locale.ROOT,
          "assembly time per question at %,d tokens: p50 %.3f ms, p99 %.3f ms%n",
          budget,
          millis(budget, 0.50),
          millis(budget, 0.99));
    }
  }

  /** The rows as JSON objects, one per budget, under {@code "budgets"}. */
  String json() {
    StringBuilder json = new StringBuilder("[");
    for (int budget : cells.keySet()) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append(
          String.format(
              Locale.ROOT,
              "{\"budget\":%d,\"assemblyMillis\":{\"p50\":%.3f,\"p99\":%.3f},\"kinds\":[",
              budget,
              millis(budget, 0.50),
              millis(budget, 0.99)));
      for (int k = 0; k <= QuestionKind.values().length; k++) {
        QuestionKind kind = k < QuestionKind.values().length ? QuestionKind.values()[k] : null;
        Cell cell = cell(budget, kind);
        json.append(k == 0 ? "" : ",")
            .append(
                String.format(
                    Locale.ROOT,
                    "{\"kind\":\"%s\",\"questions\":%d,\"evidence\":%d,\"assembler\":%.4f,"
                        + "\"recency\":%.4f,\"bm25\":%.4f,\"bm25Neighbours\":%.4f}",
                    kind == null ? "all" : kind.label(),
                    cell.questions,
                    cell.evidence,
                    cell.recall(Method.ASSEMBLER),
                    cell.recall(Method.RECENCY),
                    cell.recall(Method.BM25),
                    cell.recall(Method.BM25_NEIGHBOURS)));
      }
      json.append("]}");
    }
    return json.append(']').toString();
  }
}
