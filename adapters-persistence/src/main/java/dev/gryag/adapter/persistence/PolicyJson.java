package dev.gryag.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gryag.core.settings.ReplyPolicy;
import dev.gryag.core.settings.Trigger;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The stored JSON of a chat's {@link ReplyPolicy}: {@code {"triggers":["MENTION",...],
 * "keywordPattern":"...","randomChance":0.02,...,"minSilence":"PT10M",...}}, durations in ISO-8601.
 * The shape is this class's, not the core record's; a trigger this version does not know (written
 * by a newer Gryag) is left out.
 */
final class PolicyJson {

  record Policy(
      List<String> triggers,
      String keywordPattern,
      double randomChance,
      double smartChance,
      double smartThreshold,
      String minSilence,
      int maxUnsolicitedPerHour,
      String staleAfter) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private PolicyJson() {}

  static String write(ReplyPolicy policy) {
    Policy row =
        new Policy(
            policy.triggers().stream().map(Trigger::name).sorted().toList(),
            policy.keywordPattern(),
            policy.randomChance(),
            policy.smartChance(),
            policy.smartThreshold(),
            policy.minSilence().toString(),
            policy.maxUnsolicitedPerHour(),
            policy.staleAfter().toString());
    try {
      return JSON.writeValueAsString(row);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a reply policy as JSON", e);
    }
  }

  /**
   * The policy of a stored JSON object.
   *
   * @throws IllegalArgumentException when the JSON is not a valid policy
   */
  static ReplyPolicy read(String json) {
    Policy row;
    try {
      row = JSON.readValue(json, Policy.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the policy is not a JSON policy object", e);
    }
    if (row.triggers() == null || row.minSilence() == null || row.staleAfter() == null) {
      throw new IllegalArgumentException("the policy lacks triggers, minSilence or staleAfter");
    }
    return new ReplyPolicy(
        triggers(row.triggers()),
        row.keywordPattern(),
        row.randomChance(),
        row.smartChance(),
        row.smartThreshold(),
        Duration.parse(row.minSilence()),
        row.maxUnsolicitedPerHour(),
        Duration.parse(row.staleAfter()));
  }

  private static Set<Trigger> triggers(List<String> names) {
    Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
    for (Trigger trigger : Trigger.values()) {
      if (names.contains(trigger.name())) {
        triggers.add(trigger);
      }
    }
    return triggers;
  }
}
