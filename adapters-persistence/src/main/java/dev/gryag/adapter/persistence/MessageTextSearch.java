package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.val;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record4;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Full-text search over a chat's messages with the {@code gryag_text} configuration (words matched
 * by stem: гряга finds гряг and грягом). A message holding any query word matches; those holding
 * more of the words rank first, newer before older among equals.
 *
 * <p>Ranking needs every candidate, so the search looks at the newest {@link #candidates} messages
 * holding <em>all</em> the words and the newest as many holding <em>any</em> of them, and ranks
 * those: the best matches are always among them, and a frequent word costs a bounded walk instead
 * of a sort of the whole chat. Each half is served by {@code message_search_idx} or by walking
 * {@code message_chat_time_idx} backwards, as the planner estimates the words' frequency.
 */
final class MessageTextSearch {

  /** The generated search column: read through SQL text-search functions only. */
  static final Field<Object> SEARCH_VECTOR = field(name("search_vector"));

  private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * Distinct words a query keeps, and the length it cuts each to: a question names a few words; a
   * text of a million (PostgreSQL refuses a query past 1 MB) is searched by its first ones.
   */
  static final int MAX_QUERY_WORDS = 64;

  static final int MAX_QUERY_WORD_LENGTH = 64;

  private MessageTextSearch() {}

  /**
   * The best {@code limit} messages of the chat sent before {@code before} sharing words with
   * {@code text}; empty when {@code text} has no word to search for.
   */
  static List<ChatMessage> search(
      DSLContext dsl, ChatId chat, String text, Instant before, int limit) {
    if (limit == 0 || !HAS_WORD.matcher(text).find()) {
      return List.of();
    }
    // Planned for these words every time: a cached generic plan would have to guess how frequent
    // they are, and walk the chat for a rare word or ask the index for a frequent one.
    return dsl.transactionResult(transaction -> {
      DSLContext planned = transaction.dsl();
      planned.execute("set local plan_cache_mode = force_custom_plan");
      return searchQuery(planned, chat, text, before, limit).fetch(MessageRows::toMessage);
    });
  }

  /**
   * The query's first {@link #MAX_QUERY_WORDS} distinct words, each cut to {@link
   * #MAX_QUERY_WORD_LENGTH}, NUL characters replaced: what the database is asked to look for.
   */
  static String queryWords(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : SPACES.split(MessageRows.storable(text))) {
      if (HAS_WORD.matcher(word).find()) {
        words.add(
            word.length() > MAX_QUERY_WORD_LENGTH
                ? word.substring(0, MAX_QUERY_WORD_LENGTH)
                : word);
        if (words.size() == MAX_QUERY_WORDS) {
          break;
        }
      }
    }
    return String.join(" ", words);
  }

  /** How many of the newest matches of each kind are ranked. */
  static int candidates(int limit) {
    return Math.min(1000, Math.max(100, limit * 10));
  }

  /**
   * The search as a query. The text is a bind parameter, never SQL: with a custom plan (which
   * {@link #search} insists on) PostgreSQL still folds the query words at planning time and plans
   * for them.
   */
  static ResultQuery<Record> searchQuery(
      DSLContext dsl, ChatId chat, String text, Instant before, int limit) {
    Field<String> words = DSL.field("gryag_search_text({0})", String.class, val(queryWords(text)));
    Condition everyWord =
        DSL.condition("{0} @@ plainto_tsquery('gryag_text', {1})", SEARCH_VECTOR, words);
    // plainto_tsquery joins the lexemes with " & " (a lexeme never holds a space): the same
    // lexemes joined with " | " match a message holding any of them.
    Condition anyWord =
        DSL.condition(
            "{0} @@ replace(plainto_tsquery('gryag_text', {1})::text, ' & ', ' | ')::tsquery",
            SEARCH_VECTOR, words);
    Field<Integer> matched =
        DSL.field(
                "(select count(*) from unnest(tsvector_to_array({0})) as word(lexeme)"
                    + " where lexeme = any(tsvector_to_array(to_tsvector('gryag_text', {1}))))",
                Integer.class, SEARCH_VECTOR, words)
            .as("matched");
    int candidates = candidates(limit);
    Table<?> found =
        newest(dsl, chat, before, everyWord, matched, candidates)
            .union(newest(dsl, chat, before, anyWord, matched, candidates))
            .asTable("found");
    Field<Long> chatId = found.field(MESSAGE.CHAT_ID);
    Field<Long> messageId = found.field(MESSAGE.MESSAGE_ID);
    Field<Integer> score = found.field(matched);
    List<SortField<?>> bestFirst =
        List.of(score.desc(), found.field(MESSAGE.SENT_AT).desc(), messageId.desc());
    // Rank the candidates on what their scan read, then fetch only the best rows whole.
    Table<?> best =
        dsl.select(found.fields()).from(found).orderBy(bestFirst).limit(limit).asTable("best");
    return dsl.select(MESSAGE.fields())
        .from(MESSAGE)
        .join(best)
        .on(MESSAGE.CHAT_ID.eq(best.field(chatId)))
        .and(MESSAGE.MESSAGE_ID.eq(best.field(messageId)))
        .orderBy(best.field(score).desc(), MESSAGE.SENT_AT.desc(), MESSAGE.MESSAGE_ID.desc());
  }

  private static Select<Record4<Long, Long, Instant, Integer>> newest(
      DSLContext dsl,
      ChatId chat,
      Instant before,
      Condition matches,
      Field<Integer> matched,
      int candidates) {
    return dsl.select(MESSAGE.CHAT_ID, MESSAGE.MESSAGE_ID, MESSAGE.SENT_AT, matched)
        .from(MESSAGE)
        .where(MESSAGE.CHAT_ID.eq(chat.value()))
        .and(MESSAGE.SENT_AT.lt(MessageRows.bound(before)))
        .and(matches)
        .orderBy(MessageQueries.NEWEST_FIRST)
        .limit(candidates);
  }
}
