package dev.gryag.core.analyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One meaningful line of a UTF-8 lexicon file (blank lines and lines starting with {@code #} are
 * skipped), with where it came from so that every error names the file and the line.
 */
record LexiconLine(String source, int number, String text) {

  /** The lines of a resource that ships with the analyzer, next to this class. */
  static List<LexiconLine> ofResource(String name) {
    InputStream in = LexiconLine.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "analyzer resource " + name + " is missing from the classpath (dev/gryag/core/analyzer)");
    }
    return read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The lines read from {@code reader}, which is closed; {@code source} names it in errors. */
  static List<LexiconLine> read(String source, Reader reader) {
    List<LexiconLine> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        String text = line.strip();
        if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
          text = text.substring(1).strip();
        }
        if (!text.isEmpty() && text.charAt(0) != '#') {
          lines.add(new LexiconLine(source, number, text));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + source, e);
    }
    return lines;
  }

  /** The whitespace-separated words of the line. */
  List<String> words() {
    return Arrays.asList(text.split("\\s+"));
  }

  /** The part before the first {@code ':'} of a {@code key: values} line. */
  String key() {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw error("expected 'key: words', got '" + text + "'");
    }
    return text.substring(0, colon).strip();
  }

  /** The words after the first {@code ':'} of a {@code key: values} line; at least one. */
  List<String> values() {
    String rest = text.substring(text.indexOf(':') + 1).strip();
    if (rest.isEmpty()) {
      throw error("no words after '" + key() + ":'");
    }
    return Arrays.asList(rest.split("\\s+"));
  }

  /** The key read as a number in {@code [min, max]}. */
  float numericKey(float min, float max) {
    String key = key();
    float value;
    try {
      value = Float.parseFloat(key);
    } catch (NumberFormatException e) {
      throw error("expected a number before ':', got '" + key + "'");
    }
    if (!(value >= min && value <= max)) {
      throw error("the number " + key + " is outside [" + min + ", " + max + "]");
    }
    return value;
  }

  /** An exception that names the file and line. */
  IllegalArgumentException error(String problem) {
    return new IllegalArgumentException(source + " line " + number + ": " + problem);
  }
}
