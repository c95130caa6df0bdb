package dev.gryag.app.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gryag.adapter.telegram.export.ExportReadSummary;
import dev.gryag.app.cli.support.Version;
import dev.gryag.core.analytics.ChatHeader;
import dev.gryag.core.analytics.ChatReport;
import dev.gryag.core.analytics.Overview;
import java.io.IOException;
import java.io.Writer;

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
  private final JsonValues values = new JsonValues(mapper);
  private final JsonSections sections = new JsonSections(mapper, values);

  @Override
  public void render(AnalysisResult result, Writer out) throws IOException {
    ChatReport report = result.report();
    ObjectNode root = mapper.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("version", VERSION);
    root.put("generator", "gryag " + Version.project());
    root.set("source", source(result));
    root.set("settings", settings(result));
    root.set("overview", overview(report.overview()));
    ArrayNode members = root.putArray("members");
    report.members().forEach(m -> members.add(sections.member(m, report.overview().messages())));
    root.set("replies", sections.replies(report.replies()));
    root.set("activity", sections.activity(report));
    content(root, report);
    root.set("service", sections.service(report.service()));
    mapper.writeValue(out, root);
    out.write('\n');
    out.flush();
  }

  private void content(ObjectNode root, ChatReport report) {
    root.set("languages", values.languages(report.content().languages()));
    ObjectNode words = root.putObject("topWords");
    report
        .content()
        .topWords()
        .forEach((language, top) -> words.set(language.code(), values.top(top)));
    root.set("topEmoji", values.top(report.content().topEmoji()));
    root.set("topStickers", values.top(report.content().topStickers()));
    root.set("topReactions", values.top(report.content().topReactions()));
    ArrayNode reacted = root.putArray("mostReacted");
    report.content().mostReacted().forEach(m -> reacted.add(sections.reacted(m)));
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
    node.put("since", JsonValues.instant(overview.since()));
    node.put("until", JsonValues.instant(overview.until()));
    node.put("top", result.top());
    return node;
  }

  private ObjectNode overview(Overview overview) {
    ObjectNode node = mapper.createObjectNode();
    node.put("first", JsonValues.instant(overview.first()));
    node.put("last", JsonValues.instant(overview.last()));
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
    node.set("media", values.media(overview.media()));
    node.put("edited", overview.edited());
    node.put("forwarded", overview.forwarded());
    node.put("reactions", overview.reactions());
    return node;
  }
}
