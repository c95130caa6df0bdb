package dev.gryag.adapter.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gryag.core.personalization.ExtractedFact;
import dev.gryag.core.personalization.Fact;
import dev.gryag.core.personalization.FactCategory;
import dev.gryag.core.personalization.FactKeys;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a model's answer as a JSON array of facts and keeps the items that are valid; every item
 * left out gets a reason that names the item and the field, never the message's text.
 */
final class FactAnswers {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final Pattern FENCED =
      Pattern.compile("^```[\\w-]*[ \\t]*\\R?(.*?)\\R?[ \\t]*```$", Pattern.DOTALL);
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");

  /**
   * What was kept from one answer.
   *
   * @param facts the valid facts, at most one per key, the most confident first
   * @param items how many items the answer held (0 when it was not an array)
   * @param dropped why each left-out item was left out; or why the whole answer was
   */
  record Reading(List<ExtractedFact> facts, int items, List<String> dropped) {}

  private FactAnswers() {}

  static Reading read(String answer, FactExtractionOptions options) {
    JsonNode tree;
    try {
      tree = JSON.readTree(unfenced(answer.strip()));
    } catch (JsonProcessingException e) {
      // The original message and location only: Jackson's full message quotes the source.
      return new Reading(
          List.of(), 0, List.of("answer is not JSON: " + e.getOriginalMessage() + where(e)));
    }
    if (tree == null || !tree.isArray()) {
      String kind = tree == null ? "empty" : tree.getNodeType().toString().toLowerCase(Locale.ROOT);
      return new Reading(List.of(), 0, List.of("answer is JSON but not an array: " + kind));
    }
    List<ExtractedFact> valid = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < tree.size(); i++) {
      String problem = problem(tree.get(i), options);
      if (problem == null && !seen.add(key(tree.get(i)))) {
        problem = "a second fact for the same key";
      }
      if (problem == null) {
        valid.add(fact(tree.get(i), options));
      } else {
        dropped.add("item " + i + ": " + problem);
      }
    }
    valid.sort(Comparator.comparingDouble(ExtractedFact::confidence).reversed());
    for (ExtractedFact over :
        valid.subList(Math.min(valid.size(), options.maxFacts()), valid.size())) {
      dropped.add("key " + over.key() + ": over the limit of " + options.maxFacts() + " facts");
    }
    List<ExtractedFact> kept = valid.subList(0, Math.min(valid.size(), options.maxFacts()));
    return new Reading(List.copyOf(kept), tree.size(), List.copyOf(dropped));
  }

  /** The JSON inside a {@code ```json … ```} fence, or the answer as it is. */
  static String unfenced(String answer) {
    Matcher fenced = FENCED.matcher(answer);
    return fenced.matches() ? fenced.group(1) : answer;
  }

  /** Why {@code item} cannot be a fact, or null when it can. */
  private static String problem(JsonNode item, FactExtractionOptions options) {
    if (!item.isObject()) {
      return "not an object";
    }
    JsonNode category = item.get("category");
    if (category == null || !category.isTextual() || category(category.asText()) == null) {
      return "unknown category " + shown(category);
    }
    if (!options.keys().containsKey(key(item))) {
      return "unknown key " + shown(item.get("key"));
    }
    String value = value(item);
    if (value == null || value.isBlank()) {
      return "value missing, blank or not a string";
    }
    if (value.length() > Fact.MAX_VALUE_LENGTH) {
      return "value longer than " + Fact.MAX_VALUE_LENGTH + " characters";
    }
    if (!fitsKey(key(item), value)) {
      return "value does not have the form key " + key(item) + " needs";
    }
    JsonNode confidence = item.get("confidence");
    if (confidence == null || !confidence.isNumber() || !(confidence.asDouble() > 0)) {
      return "confidence missing or not a number in (0, 1]";
    }
    if (confidence.asDouble() > 1) {
      return "confidence above 1";
    }
    if (confidence.asDouble() < options.minConfidence()) {
      return "confidence below " + options.minConfidence();
    }
    return null;
  }

  /** Filed under the key's category: the slot decides, whatever the model called it. */
  private static ExtractedFact fact(JsonNode item, FactExtractionOptions options) {
    String key = key(item);
    return new ExtractedFact(
        options.keys().get(key), key, value(item), item.get("confidence").asDouble());
  }

  private static FactCategory category(String name) {
    for (FactCategory category : FactCategory.values()) {
      if (category.name().equalsIgnoreCase(name.strip())) {
        return category;
      }
    }
    return null;
  }

  private static String key(JsonNode item) {
    JsonNode key = item.get("key");
    return key != null && key.isTextual() ? key.asText().strip().toLowerCase(Locale.ROOT) : "";
  }

  /** A string value stripped, or an integer as digits (models write ages as numbers). */
  private static String value(JsonNode item) {
    JsonNode value = item.get("value");
    if (value != null && value.isTextual()) {
      return value.asText().strip();
    }
    return value != null && value.isIntegralNumber() ? value.asText() : null;
  }

  private static boolean fitsKey(String key, String value) {
    return switch (key) {
      case FactKeys.AGE -> DIGITS.matcher(value).matches() && inRange(Integer.parseInt(value));
      case FactKeys.BIRTHDAY -> isDate(value);
      default -> true;
    };
  }

  private static boolean inRange(int years) {
    return years >= 5 && years <= 120;
  }

  private static boolean isDate(String value) {
    try {
      if (value.startsWith("--")) {
        MonthDay.parse(value);
      } else {
        LocalDate.parse(value);
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** A model-made token for a debug line, kept short. */
  private static String shown(JsonNode node) {
    if (node == null) {
      return "(missing)";
    }
    String text = node.isTextual() ? node.asText() : node.toString();
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }
}
