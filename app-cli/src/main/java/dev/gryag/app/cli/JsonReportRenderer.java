package dev.gryag.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gryag.adapter.telegram.export.ExportReadSummary;
import dev.gryag.core.analytics.ChatHeader;
import dev.gryag.core.analytics.ChatReport;
import dev.gryag.core.analytics.MemberReport;
import dev.gryag.core.analytics.Overview;
import dev.gryag.core.analytics.ReactedMessage;
import dev.gryag.core.analytics.Reaction;
import dev.gryag.core.analytics.ReplyPair;
import dev.gryag.core.analytics.ReplySummary;
import dev.gryag.core.analytics.SentimentSummary;
import dev.gryag.core.analytics.ServiceSummary;
import dev.gryag.core.analytics.TimelinePoint;
import dev.gryag.core.analytics.TopList;
import dev.gryag.core.analyzer.Language;
import dev.gryag.core.model.MediaKind;
import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the report as the versioned JSON document {@code gryag.chat-report} described field by
 * field in docs/cli.md. Adding a field keeps the version; renaming or removing one bumps it.
 */
final class JsonReportRenderer implements ReportRenderer {

  static final String SCHEMA = "gryag.chat-report";
  static final int VERSION = 1;

  private final ObjectMapper mapper =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public void render(AnalysisResult result, Writer out) throws IOException {
    ChatReport report = result.report();
    ObjectNode root = mapper.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("version", VERSION);
    root.put("generator", "gryag " + GryagCli.Version.projectVersion());
    root.set("source", source(result));
    root.set("settings", settings(result));
    root.set("overview", overview(report.overview()));
    ArrayNode members = root.putArray("members");
    report.members().forEach(m -> members.add(member(m, report.overview().messages())));
    root.set("replies", replies(report.replies()));
    root.set("activity", activity(report));
    root.set("languages", languages(report.content().languages()));
    ObjectNode words = root.putObject("topWords");
    report.content().topWords().forEach((language, top) -> words.set(language.code(), top(top)));
    root.set("topEmoji", top(report.content().topEmoji()));
    root.set("topStickers", top(report.content().topStickers()));
    root.set("topReactions", top(report.content().topReactions()));
    ArrayNode reacted = root.putArray("mostReacted");
    report.content().mostReacted().forEach(m -> reacted.add(reacted(m)));
    root.set("service", service(report.service()));
    mapper.writeValue(out, root);
    out.write('\n');
    out.flush();
  }

  private ObjectNode source(AnalysisResult result) {
    ExportReadSummary read = result.read();
    ObjectNode node = mapper.createObjectNode();
    node.put("file", result.source());
    node.put("bytes", result.bytes());
    ArrayNode chats = node.putArray("chats");
    read.chats().forEach(chat -> chats.add(chat(chat)));
    ArrayNode skippedChats = node.putArray("skippedChats");
    read.skippedChats().forEach(chat -> skippedChats.add(chat(chat)));
    node.put("messagesRead", read.messages());
    node.put("serviceEventsRead", read.serviceEvents());
    node.put("unsupported", read.unsupported());
    node.put("skipped", read.skipped());
    ArrayNode problems = node.putArray("problems");
    read.problems().forEach(problems::add);
    node.put("truncated", read.truncated());
    return node;
  }

  private ObjectNode chat(ChatHeader chat) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", chat.id());
    node.put("name", chat.name());
    node.put("type", chat.type());
    return node;
  }

  private ObjectNode settings(AnalysisResult result) {
    Overview overview = result.report().overview();
    ObjectNode node = mapper.createObjectNode();
    node.put("timeZone", overview.zone().getId());
    node.put("since", instant(overview.since()));
    node.put("until", instant(overview.until()));
    node.put("top", result.top());
    return node;
  }

  private ObjectNode overview(Overview overview) {
    ObjectNode node = mapper.createObjectNode();
    node.put("first", instant(overview.first()));
    node.put("last", instant(overview.last()));
    if (overview.first() == null) {
      node.putNull("spanDays");
    } else {
      LocalDays days = new LocalDays(overview.zone());
      node.put("spanDays", days.span(overview.first(), overview.last()));
    }
    node.put("activeDays", overview.activeDays());
    node.put("messages", overview.messages());
    node.put("textMessages", overview.textMessages());
    node.put("serviceEvents", overview.serviceEvents());
    node.put("members", overview.members());
    node.put("words", overview.words());
    node.put("characters", overview.characters());
    node.set("media", media(overview.media()));
    node.put("edited", overview.edited());
    node.put("forwarded", overview.forwarded());
    node.put("reactions", overview.reactions());
    return node;
  }

  private ObjectNode member(MemberReport member, long allMessages) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", member.sender().key());
    node.put("name", member.sender().name());
    node.put("displayName", member.sender().displayName());
    node.put("messages", member.messages());
    node.put("share", allMessages == 0 ? 0 : round((double) member.messages() / allMessages, 4));
    node.put("textMessages", member.textMessages());
    node.put("words", member.words());
    node.put("characters", member.characters());
    node.put("averageLength", round(member.averageLength(), 1));
    node.set("media", media(member.media()));
    node.put("stickers", member.stickers());
    node.put("voiceSeconds", member.voiceSeconds());
    node.put("links", member.links());
    node.put("edits", member.edits());
    node.put("forwards", member.forwards());
    node.put("questions", member.questions());
    node.put("repliesSent", member.repliesSent());
    node.put("repliesReceived", member.repliesReceived());
    node.put("typicalResponseSeconds", seconds(member.typicalResponse()));
    node.set("sentiment", sentiment(member.sentiment()));
    node.set("languages", languages(member.languages()));
    node.set("topWords", top(member.topWords()));
    node.set("topEmoji", top(member.topEmoji()));
    node.put("firstMessage", instant(member.firstMessage()));
    node.put("lastMessage", instant(member.lastMessage()));
    node.put("activeDays", member.activeDays());
    return node;
  }

  private ObjectNode replies(ReplySummary replies) {
    ObjectNode node = mapper.createObjectNode();
    node.put("replies", replies.replies());
    node.put("resolved", replies.resolved());
    node.put("toOtherChats", replies.toOtherChats());
    node.put("unresolved", replies.unresolved());
    node.put("timed", replies.timed());
    node.put("typicalResponseSeconds", seconds(replies.typicalResponse()));
    ArrayNode pairs = node.putArray("pairs");
    for (ReplyPair pair : replies.pairs()) {
      ObjectNode each = pairs.addObject();
      each.put("from", pair.from().key());
      each.put("fromName", pair.from().displayName());
      each.put("to", pair.to().key());
      each.put("toName", pair.to().displayName());
      each.put("count", pair.count());
    }
    return node;
  }

  private ObjectNode activity(ChatReport report) {
    ObjectNode node = mapper.createObjectNode();
    ArrayNode grid = node.putArray("weekdayHours");
    for (DayOfWeek day : DayOfWeek.values()) {
      ArrayNode row = grid.addArray();
      for (int hour = 0; hour < 24; hour++) {
        row.add(report.activity().weekHours().count(day, hour));
      }
    }
    ArrayNode days = node.putArray("days");
    report.activity().days().forEach(p -> days.add(point("date", p.start().toString(), p)));
    ArrayNode months = node.putArray("months");
    report
        .activity()
        .months()
        .forEach(p -> months.add(point("month", YearMonth.from(p.start()).toString(), p)));
    return node;
  }

  private ObjectNode point(String key, String value, TimelinePoint point) {
    ObjectNode node = mapper.createObjectNode();
    node.put(key, value);
    node.put("messages", point.messages());
    node.put("words", point.words());
    node.set("sentiment", sentiment(point.sentiment()));
    return node;
  }

  private ObjectNode reacted(ReactedMessage message) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", message.id());
    node.put("date", instant(message.sentAt()));
    node.put("from", message.sender().key());
    node.put("fromName", message.sender().displayName());
    node.put("excerpt", message.excerpt());
    node.put("reactions", message.reactions());
    ArrayNode breakdown = node.putArray("breakdown");
    for (Reaction reaction : message.breakdown()) {
      ObjectNode each = breakdown.addObject();
      each.put("kind", reaction.kind().name().toLowerCase(Locale.ROOT));
      each.put("emoji", reaction.emoji());
      each.put("count", reaction.count());
    }
    return node;
  }

  private ObjectNode service(ServiceSummary service) {
    ObjectNode node = mapper.createObjectNode();
    ObjectNode kinds = node.putObject("byKind");
    service
        .byKind()
        .forEach((kind, count) -> kinds.put(kind.name().toLowerCase(Locale.ROOT), count));
    node.put("joined", service.joined());
    node.put("left", service.left());
    node.set("actions", top(service.actions()));
    return node;
  }

  private ObjectNode sentiment(SentimentSummary sentiment) {
    ObjectNode node = mapper.createObjectNode();
    node.put("scored", sentiment.scored());
    node.put("mean", round(sentiment.mean(), 3));
    node.put("positive", sentiment.positive());
    node.put("neutral", sentiment.neutral());
    node.put("negative", sentiment.negative());
    return node;
  }

  private ObjectNode top(TopList top) {
    ObjectNode node = mapper.createObjectNode();
    node.put("exact", top.exact());
    ArrayNode entries = node.putArray("entries");
    top.entries().forEach(r -> entries.addObject().put("value", r.value()).put("count", r.count()));
    return node;
  }

  private ObjectNode media(Map<MediaKind, Long> media) {
    ObjectNode node = mapper.createObjectNode();
    media.forEach((kind, count) -> node.put(kind.name().toLowerCase(Locale.ROOT), count));
    return node;
  }

  private ObjectNode languages(Map<Language, Long> languages) {
    ObjectNode node = mapper.createObjectNode();
    languages.forEach((language, count) -> node.put(language.code(), count));
    return node;
  }

  private static String instant(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static Long seconds(Duration duration) {
    return duration == null ? null : duration.toSeconds();
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
