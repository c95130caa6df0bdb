package dev.gryag.app.cli.report;

import dev.gryag.core.analytics.ChatReport;
import dev.gryag.core.analytics.ReactedMessage;
import dev.gryag.core.analytics.ServiceSummary;
import dev.gryag.core.analytics.TopList;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The terminal report's sections about content: words, emoji, reactions, service events. */
final class TerminalContentSections {

  private static final int WIDTH = TerminalPage.WIDTH;
  private static final int BAR = 50;

  private final TerminalPage page;
  private final PrintWriter out;
  private final Palette palette;
  private final ChatReport report;
  private final LocalDays days;

  TerminalContentSections(TerminalPage page, ChatReport report) {
    this.page = page;
    this.out = page.out;
    this.palette = page.palette;
    this.report = report;
    this.days = new LocalDays(report.overview().zone());
  }

  void words() {
    var topWords = report.content().topWords();
    if (!topWords.isEmpty()) {
      page.section("Top words by language (stopwords removed)");
      topWords.forEach(
          (language, top) -> page.wrapped("  " + TextCells.left(language.code(), 9), top));
    }
    if (!report.content().topEmoji().entries().isEmpty()
        || !report.content().topStickers().entries().isEmpty()) {
      page.section("Emoji and stickers");
      page.wrapped("  " + TextCells.left("emoji", 9), report.content().topEmoji());
      page.wrapped("  " + TextCells.left("stickers", 9), report.content().topStickers());
    }
  }

  void reactions() {
    var content = report.content();
    if (content.topReactions().entries().isEmpty()) {
      return;
    }
    page.section("Reactions");
    page.wrapped("  " + TextCells.left("top", 9), content.topReactions());
    for (ReactedMessage m : content.mostReacted()) {
      String head =
          "  "
              + TextCells.right(Formats.count(m.reactions()), 7)
              + "  "
              + days.day(m.sentAt())
              + "  "
              + TextCells.left(TextCells.oneLine(m.sender().displayName()), 18)
              + "  ";
      out.println(head + TextCells.cut(m.excerpt(), WIDTH - TextCells.width(head)));
    }
  }

  void service() {
    ServiceSummary service = report.service();
    if (service.byKind().isEmpty()) {
      return;
    }
    page.section("Service events");
    List<String> kinds = new ArrayList<>();
    service
        .byKind()
        .forEach((kind, count) ->
            kinds.add(kind.name().toLowerCase(Locale.ROOT) + " " + Formats.count(count)));
    out.println("  " + TextCells.cut(String.join(" · ", kinds), WIDTH - 2));
    out.println(
        "  "
            + TextCells.cut(
                "members joined "
                    + Formats.count(service.joined())
                    + " · left or removed "
                    + Formats.count(service.left()),
                WIDTH - 2));
    page.wrapped("  " + TextCells.left("actions", 9), service.actions());
  }

  /** True when no top list of the report had to forget values. */
  static boolean allExact(ChatReport report) {
    var content = report.content();
    return Stream.concat(
            Stream.of(content.topEmoji(), content.topStickers(), content.topReactions()),
            Stream.concat(
                content.topWords().values().stream(),
                report.members().stream().flatMap(m -> Stream.of(m.topWords(), m.topEmoji()))))
        .allMatch(TopList::exact);
  }
}
