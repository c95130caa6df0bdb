package dev.gryag.app.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gryag.core.analytics.ChatReport;
import dev.gryag.core.analytics.MemberReport;
import dev.gryag.core.analytics.ReactedMessage;
import dev.gryag.core.analytics.Reaction;
import dev.gryag.core.analytics.ReplyPair;
import dev.gryag.core.analytics.ReplySummary;
import dev.gryag.core.analytics.ServiceSummary;
import dev.gryag.core.analytics.TimelinePoint;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.Locale;

/** The sections of the JSON report after the overview: members, replies, activity, content. */
final class JsonSections {

  private final ObjectMapper mapper;
  private final JsonValues values;

  JsonSections(ObjectMapper mapper, JsonValues values) {
    this.mapper = mapper;
    this.values = values;
  }

  ObjectNode member(MemberReport member, long allMessages) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", member.sender().key());
    node.put("name", member.sender().name());
    node.put("displayName", member.sender().displayName());
    node.put("messages", member.messages());
    node.put(
        "share",
        allMessages == 0 ? 0 : JsonValues.round((double) member.messages() / allMessages, 4));
    node.put("textMessages", member.textMessages());
    node.put("words", member.words());
    node.put("characters", member.characters());
    node.put("averageLength", JsonValues.round(member.averageLength(), 1));
    node.set("media", values.media(member.media()));
    node.put("stickers", member.stickers());
    node.put("voiceSeconds", member.voiceSeconds());
    node.put("links", member.links());
    node.put("edits", member.edits());
    node.put("forwards", member.forwards());
    node.put("questions", member.questions());
    node.put("repliesSent", member.repliesSent());
    node.put("repliesReceived", member.repliesReceived());
    node.put("typicalResponseSeconds", JsonValues.seconds(member.typicalResponse()));
    node.set("sentiment", values.sentiment(member.sentiment()));
    node.set("languages", values.languages(member.languages()));
    node.set("topWords", values.top(member.topWords()));
    node.set("topEmoji", values.top(member.topEmoji()));
    node.put("firstMessage", JsonValues.instant(member.firstMessage()));
    node.put("lastMessage", JsonValues.instant(member.lastMessage()));
    node.put("activeDays", member.activeDays());
    return node;
  }

  ObjectNode replies(ReplySummary replies) {
    ObjectNode node = mapper.createObjectNode();
    node.put("replies", replies.replies());
    node.put("resolved", replies.resolved());
    node.put("toOtherChats", replies.toOtherChats());
    node.put("unresolved", replies.unresolved());
    node.put("timed", replies.timed());
    node.put("typicalResponseSeconds", JsonValues.seconds(replies.typicalResponse()));
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

  ObjectNode activity(ChatReport report) {
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
    node.set("sentiment", values.sentiment(point.sentiment()));
    return node;
  }

  ObjectNode reacted(ReactedMessage message) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", message.id());
    node.put("date", JsonValues.instant(message.sentAt()));
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

  ObjectNode service(ServiceSummary service) {
    ObjectNode node = mapper.createObjectNode();
    ObjectNode kinds = node.putObject("byKind");
    service
        .byKind()
        .forEach((kind, count) -> kinds.put(kind.name().toLowerCase(Locale.ROOT), count));
    node.put("joined", service.joined());
    node.put("left", service.left());
    node.set("actions", values.top(service.actions()));
    return node;
  }
}
