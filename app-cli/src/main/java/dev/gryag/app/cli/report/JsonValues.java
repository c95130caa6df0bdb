package dev.gryag.app.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gryag.core.analytics.SentimentSummary;
import dev.gryag.core.analytics.TopList;
import dev.gryag.core.analyzer.Language;
import dev.gryag.core.model.MediaKind;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/** The small values of the JSON report: sentiments, top lists, counts by kind, instants. */
final class JsonValues {

  private final ObjectMapper mapper;

  JsonValues(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode sentiment(SentimentSummary sentiment) {
    ObjectNode node = mapper.createObjectNode();
    node.put("scored", sentiment.scored());
    node.put("mean", round(sentiment.mean(), 3));
    node.put("positive", sentiment.positive());
    node.put("neutral", sentiment.neutral());
    node.put("negative", sentiment.negative());
    return node;
  }

  ObjectNode top(TopList top) {
    ObjectNode node = mapper.createObjectNode();
    node.put("exact", top.exact());
    ArrayNode entries = node.putArray("entries");
    top.entries().forEach(r -> entries.addObject().put("value", r.value()).put("count", r.count()));
    return node;
  }

  ObjectNode media(Map<MediaKind, Long> media) {
    ObjectNode node = mapper.createObjectNode();
    media.forEach((kind, count) -> node.put(kind.name().toLowerCase(Locale.ROOT), count));
    return node;
  }

  ObjectNode languages(Map<Language, Long> languages) {
    ObjectNode node = mapper.createObjectNode();
    languages.forEach((language, count) -> node.put(language.code(), count));
    return node;
  }

  static String instant(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static Long seconds(Duration duration) {
    return duration == null ? null : duration.toSeconds();
  }

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
