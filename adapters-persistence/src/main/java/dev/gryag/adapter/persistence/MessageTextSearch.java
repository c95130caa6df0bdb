package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;

import dev.gryag.adapter.persistence.jooq.tables.records.MessageRecord;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.Select;
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
    return searchQuery(dsl, chat, text, before, limit).fetch(MessageRows::toMessage);
  }

  /** How many of the newest matches of each kind are ranked. */
  static int candidates(int limit) {
    return Math.min(1000, Math.max(100, limit * 10));
  }

  /**
   * The search as a query. The text is inlined (safely quoted), not bound: PostgreSQL then folds
   * the query words at planning time and plans for them, walking the chat for a frequent word and
   * asking the index for a rare one, where a cached generic plan would have to guess.
   */
  static ResultQuery<MessageRecord> searchQuery(
      DSLContext dsl, ChatId chat, String text, Instant before, int limit) {
    Field<String> words = DSL.field("gryag_search_text({0})", String.class, inline(text));
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
            Integer.class, SEARCH_VECTOR, words);
    int candidates = candidates(limit);
    Select<Record2<Long, Long>> found =
        newest(dsl, chat, before, everyWord, candidates)
            .union(newest(dsl, chat, before, anyWord, candidates));
    return dsl.selectFrom(MESSAGE)
        .where(DSL.row(MESSAGE.CHAT_ID, MESSAGE.MESSAGE_ID).in(found))
        .orderBy(matched.desc(), MESSAGE.SENT_AT.desc(), MESSAGE.MESSAGE_ID.desc())
        .limit(limit);
  }

  private static Select<Record2<Long, Long>> newest(
      DSLContext dsl, ChatId chat, Instant before, Condition matches, int candidates) {
    return dsl.select(MESSAGE.CHAT_ID, MESSAGE.MESSAGE_ID)
        .from(MESSAGE)
        .where(MESSAGE.CHAT_ID.eq(chat.value()))
        .and(MESSAGE.SENT_AT.lt(MessageRows.bound(before)))
        .and(matches)
        .orderBy(MessageQueries.NEWEST_FIRST)
        .limit(candidates);
  }
}
