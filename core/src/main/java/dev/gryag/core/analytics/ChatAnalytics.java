package dev.gryag.core.analytics;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.TextAnalyzer;
import dev.gryag.core.model.TextEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Folds a chat history, entry by entry, into a {@link ChatReport}: one pass, memory bounded by the
 * number of members, days and the fixed capacities of its top lists — never by the number of
 * messages. Message counts are exact; top lists of words, emoji and reactions are exact unless
 * their bounded counters had to forget values that might belong in them (see {@link
 * TopList#exact()}); a reply finds its target when it lies within {@value ReplyTracker#WINDOW}
 * message ids. Not thread-safe: feed it from one thread.
 */
public final class ChatAnalytics implements HistorySink {

  private final TextAnalyzer analyzer;
  private final AnalyticsOptions options;
  private final LocalCalendar calendar;
  private final List<ChatHeader> chats = new ArrayList<>();
  private final Map<String, MemberTally> members = new HashMap<>();
  private final List<MemberTally> byIndex = new ArrayList<>();
  private final Tally total = new Tally();
  private final Timeline timeline = new Timeline();
  private final ReplyTracker replies = new ReplyTracker();
  private final ContentTally content;
  private final ServiceTally service = new ServiceTally();

  public ChatAnalytics(TextAnalyzer analyzer, AnalyticsOptions options) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.options = Objects.requireNonNull(options, "options");
    this.calendar = new LocalCalendar(options.zone());
    this.content = new ContentTally(options.top());
  }

  @Override
  public void beginChat(ChatHeader chat) {
    chats.add(Objects.requireNonNull(chat, "chat"));
    replies.newChat();
  }

  @Override
  public void accept(HistoryEntry entry) {
    switch (entry) {
      case HistoryMessage message -> accept(analyse(message));
      case ServiceEvent event -> {
        if (options.includes(event.sentAt())) {
          service.add(event);
        }
      }
    }
  }

  /**
   * Analyses a message for {@link #accept(AnalysedMessage)}: the slow, parallelisable part of
   * accepting it. Thread-safe (given a thread-safe analyzer, as {@link TextAnalyzer} requires).
   */
  public AnalysedMessage analyse(HistoryMessage message) {
    String text = message.text();
    return new AnalysedMessage(message, text.isBlank() ? Analysis.EMPTY : analyzer.analyze(text));
  }

  /** Folds in a message analysed by {@link #analyse}; messages must come in history order. */
  public void accept(AnalysedMessage analysed) {
    HistoryMessage message = analysed.message();
    MemberTally author = member(message.sender());
    if (options.includes(message.sentAt())) {
      long epochDay = calendar.epochDay(message.sentAt());
      int links = links(message, analysed.analysis());
      SurfaceForms forms = new SurfaceForms(message.text());
      total.add(analysed, links, epochDay);
      author.add(analysed, links, epochDay, forms);
      timeline.add(epochDay, calendar.hourOfWeek(message.sentAt()), analysed);
      content.add(analysed, author.sender(), forms);
      if (message.replyToId() != null) {
        replies.reply(message, author, byIndex);
      }
    }
    replies.remember(message, author);
  }

  /** The report of everything accepted so far. */
  public ChatReport report() {
    List<MemberReport> memberReports = new ArrayList<>();
    for (MemberTally member : byIndex) {
      if (member.tally.messages > 0) {
        memberReports.add(member.report(options.top()));
      }
    }
    memberReports.sort(
        Comparator.comparingLong(MemberReport::messages)
            .reversed()
            .thenComparing(report -> report.sender().displayName()));
    Overview overview =
        new Overview(
            chats,
            options.zone(),
            options.since(),
            options.until(),
            total.first,
            total.last,
            total.messages,
            total.textMessages,
            service.events(),
            memberReports.size(),
            total.words,
            total.characters,
            total.media(),
            total.edits,
            total.forwards,
            total.reactions,
            total.activeDays());
    return new ChatReport(
        overview,
        memberReports,
        replies.report(byIndex),
        timeline.report(),
        content.report(total.languages()),
        service.report(options.top()));
  }

  private MemberTally member(Sender sender) {
    MemberTally member = members.get(sender.key());
    if (member == null) {
      member = new MemberTally(byIndex.size(), sender, options.top());
      members.put(sender.key(), member);
      byIndex.add(member);
    } else {
      member.seenAs(sender);
    }
    return member;
  }

  /** Links marked as entities; without entities, the links the analyzer found in the text. */
  private static int links(HistoryMessage message, Analysis analysis) {
    if (message.entities().isEmpty()) {
      return analysis.features().links();
    }
    int links = 0;
    for (TextEntity entity : message.entities()) {
      if (entity.type() == TextEntity.Type.URL || entity.type() == TextEntity.Type.TEXT_LINK) {
        links++;
      }
    }
    return links;
  }
}
