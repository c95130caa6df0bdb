package dev.gryag.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Values reach SQL as bind parameters: jOOQ's {@code inline(…)} writes its argument into the SQL
 * text, so the adapter (migrations aside) may inline only literals written in the source.
 */
class InlinedSqlTest {

  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final Pattern INLINE = Pattern.compile("(?<![\\w$])inline\\(");
  private static final Pattern LITERAL =
      Pattern.compile(
          "-?\\d[\\d_]*(\\.\\d+)?[lLdDfF]?" // a number
              + "|\"([^\"\\\\]|\\\\.)*\"" // one string literal, nothing joined to it
              + "|'([^'\\\\]|\\\\.)+'" // a char
              + "|true|false");

  @Test
  void only_literals_are_inlined_into_sql_outside_the_migrations() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.toString().contains("migration"))
          .forEach(f -> found.addAll(nonLiteralInlines(f.toString(), read(f))));
    }

    assertThat(found).as("inline(…) of a value: bind it with val(…) instead").isEmpty();
  }

  @Test
  void the_scan_flags_an_inlined_value_and_accepts_inlined_literals() {
    String source =
        """
        Field<String> words = DSL.field("f({0})", String.class, inline(text));
        Field<Long> n = DSL.greatest(inline(0L), inline(-1), DSL.inline("a ( b"), inline('x'));
        Field<String> joined = DSL.inline("prefix " + userText);
        Field<Integer> nested = inline(limit(3));
        """;

    assertThat(nonLiteralInlines("Example.java", source))
        .containsExactly(
            "Example.java:1: inline(text)",
            "Example.java:3: inline(\"prefix \" + userText)",
            "Example.java:4: inline(limit(3))");
  }

  /** Every {@code inline(…)} whose argument is not one literal, as {@code file:line: call}. */
  static List<String> nonLiteralInlines(String file, String source) {
    List<String> found = new ArrayList<>();
    Matcher call = INLINE.matcher(source);
    while (call.find()) {
      String argument = argument(source, call.end());
      if (!LITERAL.matcher(argument.strip()).matches()) {
        int line = (int) source.substring(0, call.start()).chars().filter(c -> c == '\n').count();
        found.add(file + ":" + (line + 1) + ": inline(" + argument.strip() + ")");
      }
    }
    return found;
  }

  /** The text up to the parenthesis that closes the call opened just before {@code from}. */
  private static String argument(String source, int from) {
    int depth = 1;
    boolean inString = false;
    for (int i = from; i < source.length(); i++) {
      char c = source.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return source.substring(from, i);
      }
    }
    return source.substring(from);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
