package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.util.List;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record5;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The reply chain of a message: one recursive query, one primary-key lookup a step. */
final class ReplyChains {

  private ReplyChains() {}

  /**
   * The messages {@code message} replies to, nearest first, at most {@code maxDepth}: one primary
   * key lookup a step. The chain ends at a message not stored and never visits a message twice (the
   * path so far, {@code message} included, is carried along).
   */
  static List<ChatMessage> replyChain(DSLContext dsl, ChatMessage message, int maxDepth) {
    if (maxDepth == 0 || message.replyToMessageId() == null) {
      return List.of();
    }
    return replyChainQuery(dsl, message, maxDepth).fetch(MessageRows::toMessage);
  }

  static ResultQuery<Record> replyChainQuery(DSLContext dsl, ChatMessage message, int maxDepth) {
    Table<?> chain = DSL.table(name("chain"));
    Field<Long> chatId = field(name("chain", "chat_id"), Long.class);
    Field<Long> messageId = field(name("chain", "message_id"), Long.class);
    Field<Long> replyTo = field(name("chain", "reply_to"), Long.class);
    Field<Integer> depth = field(name("chain", "depth"), Integer.class);
    Field<Long[]> path = field(name("chain", "path"), SQLDataType.BIGINT.array());
    Long self = message.messageId();
    Long parent = message.replyToMessageId();
    CommonTableExpression<Record5<Long, Long, Long, Integer, Long[]>> steps =
        name("chain")
            .fields("chat_id", "message_id", "reply_to", "depth", "path")
            .as(
                select(
                        MESSAGE.CHAT_ID,
                        MESSAGE.MESSAGE_ID,
                        MESSAGE.REPLY_TO,
                        inline(1),
                        DSL.array(val(self), val(parent)).cast(SQLDataType.BIGINT.array()))
                    .from(MESSAGE)
                    .where(MessageQueries.is(new MessageRef(message.chatId(), parent)))
                    .and(val(parent).ne(val(self)))
                    .unionAll(
                        select(
                                MESSAGE.CHAT_ID,
                                MESSAGE.MESSAGE_ID,
                                MESSAGE.REPLY_TO,
                                depth.plus(inline(1)),
                                DSL.arrayAppend(path, MESSAGE.MESSAGE_ID))
                            .from(MESSAGE)
                            .join(chain)
                            .on(MESSAGE.CHAT_ID.eq(chatId))
                            .and(MESSAGE.MESSAGE_ID.eq(replyTo))
                            .where(depth.lt(val(maxDepth)))
                            .and(DSL.condition("{0} <> all({1})", MESSAGE.MESSAGE_ID, path))));
    return dsl.withRecursive(steps)
        .select(MESSAGE.fields())
        .from(MESSAGE)
        .join(steps)
        .on(MESSAGE.CHAT_ID.eq(chatId))
        .and(MESSAGE.MESSAGE_ID.eq(messageId))
        .orderBy(depth);
  }
}
