package dev.gryag.core.context;

import static dev.gryag.core.context.Messages.ALICE;
import static dev.gryag.core.context.Messages.BOB;
import static dev.gryag.core.context.Messages.CAROL;
import static dev.gryag.core.context.Messages.CHAT;
import static dev.gryag.core.context.Messages.OTHER_CHAT;
import static dev.gryag.core.context.Messages.T0;
import static dev.gryag.core.context.Messages.fromAlice;
import static dev.gryag.core.context.Messages.fromBob;
import static dev.gryag.core.context.Messages.ids;
import static dev.gryag.core.context.Messages.in;
import static dev.gryag.core.context.Messages.sentAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.TextEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link MessageStore}: every implementation extends this class and provides an
 * empty store per test.
 */
public abstract class MessageStoreContract {

  /** A new, empty store. Called before each test. */
  protected abstract MessageStore newStore();

  protected MessageStore store;

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  private void appendAll(ChatMessage... messages) {
    for (ChatMessage message : messages) {
      assertThat(store.append(message)).as("append %s", message.ref()).isTrue();
    }
  }

  @Nested
  class Appending {

    @Test
    void a_new_message_is_stored_and_a_duplicate_is_refused_unchanged() {
      assertThat(store.append(fromAlice(1, "перше"))).isTrue();
      assertThat(store.append(fromAlice(1, "інший текст"))).isFalse();

      assertThat(store.find(MessageRef.of(CHAT.value(), 1)))
          .get()
          .extracting(ChatMessage::text)
          .isEqualTo("перше");
      assertThat(store.count(CHAT)).isEqualTo(1);
    }

    @Test
    void the_same_message_id_in_two_chats_is_two_messages() {
      appendAll(in(CHAT, ALICE, 1, "here"), in(OTHER_CHAT, ALICE, 1, "there"));

      assertThat(store.find(new MessageRef(CHAT, 1)))
          .get()
          .extracting(ChatMessage::text)
          .isEqualTo("here");
      assertThat(store.find(new MessageRef(OTHER_CHAT, 1)))
          .get()
          .extracting(ChatMessage::text)
          .isEqualTo("there");
    }

    @Test
    void a_stored_message_comes_back_equal() {
      ChatMessage rich =
          fromAlice(5, "@bob look")
              .withThread(77L)
              .withReplyTo(3L)
              .withText("@bob look", List.of(TextEntity.of(TextEntity.Type.MENTION, 0, 4)));
      appendAll(rich);

      assertThat(store.find(rich.ref())).contains(rich);
    }

    @Test
    void a_batch_counts_new_messages_and_skips_duplicates_within_it_and_with_the_store() {
      appendAll(fromAlice(1, "one"));

      int added =
          store.appendAll(
              List.of(
                  fromAlice(1, "one"),
                  fromBob(2, "two"),
                  fromBob(2, "two"),
                  fromAlice(3, "three")));

      assertThat(added).isEqualTo(2);
      assertThat(store.count(CHAT)).isEqualTo(3);
    }

    @Test
    void an_empty_batch_adds_nothing() {
      assertThat(store.appendAll(List.of())).isZero();
    }

    @Test
    void an_unknown_message_is_not_found() {
      assertThat(store.find(MessageRef.of(CHAT.value(), 42))).isEmpty();
    }
  }

  @Nested
  class Editing {

    @Test
    void an_edit_replaces_text_and_entities_and_records_when() {
      appendAll(fromAlice(1, "draft"));
      List<TextEntity> entities = List.of(TextEntity.of(TextEntity.Type.HASHTAG, 0, 6));
      Instant when = T0.plusSeconds(60);

      assertThat(store.edit(new MessageRef(CHAT, 1), "#final", entities, when)).isTrue();

      ChatMessage edited = store.find(new MessageRef(CHAT, 1)).orElseThrow();
      assertThat(edited.text()).isEqualTo("#final");
      assertThat(edited.entities()).isEqualTo(entities);
      assertThat(edited.editedAt()).isEqualTo(when);
      assertThat(edited.sentAt()).isEqualTo(fromAlice(1, "draft").sentAt());
    }

    @Test
    void an_edit_of_an_unknown_message_changes_nothing() {
      assertThat(store.edit(new MessageRef(CHAT, 9), "x", List.of(), T0)).isFalse();
      assertThat(store.count(CHAT)).isZero();
    }

    @Test
    void an_edit_older_than_the_stored_edit_is_ignored() {
      appendAll(fromAlice(1, "v1"));
      store.edit(new MessageRef(CHAT, 1), "v3", List.of(), T0.plusSeconds(300));

      assertThat(store.edit(new MessageRef(CHAT, 1), "v2", List.of(), T0.plusSeconds(200)))
          .isFalse();

      assertThat(store.find(new MessageRef(CHAT, 1)))
          .get()
          .extracting(ChatMessage::text)
          .isEqualTo("v3");
    }

    @Test
    void search_finds_an_edited_message_by_its_new_words_only() {
      appendAll(fromAlice(1, "котлети смачні"));
      store.edit(new MessageRef(CHAT, 1), "вареники смачніші", List.of(), T0.plusSeconds(30));

      Instant later = T0.plusSeconds(1000);
      assertThat(ids(store.search(CHAT, "вареники", later, 5))).containsExactly(1L);
      assertThat(store.search(CHAT, "котлети", later, 5)).isEmpty();
    }
  }

  @Nested
  class RecentMessages {

    @Test
    void recent_gives_the_newest_messages_oldest_first() {
      for (long id = 1; id <= 10; id++) {
        appendAll(fromAlice(id, "m" + id));
      }

      assertThat(ids(store.recent(CHAT, 3))).containsExactly(8L, 9L, 10L);
      assertThat(ids(store.recent(CHAT, 50))).hasSize(10).isSorted();
    }

    @Test
    void recent_orders_by_time_sent_then_id_whatever_the_order_of_arrival() {
      appendAll(
          sentAt(fromAlice(3, "c"), T0.plusSeconds(10)),
          sentAt(fromAlice(1, "a"), T0.plusSeconds(20)),
          sentAt(fromAlice(2, "b"), T0.plusSeconds(10)));

      assertThat(ids(store.recent(CHAT, 10))).containsExactly(2L, 3L, 1L);
    }

    @Test
    void neighbours_are_the_messages_just_before_and_after_within_the_chat() {
      for (long id = 1; id <= 6; id++) {
        appendAll(fromAlice(id, "m" + id));
      }
      appendAll(in(OTHER_CHAT, ALICE, 4, "elsewhere"));
      ChatMessage third = store.find(new MessageRef(CHAT, 3)).orElseThrow();

      assertThat(ids(store.neighbours(third, 1))).containsExactly(2L, 4L);
      assertThat(ids(store.neighbours(third, 5))).containsExactly(1L, 2L, 4L, 5L, 6L);
      assertThat(ids(store.neighbours(fromAlice(7, "not stored"), 2))).containsExactly(5L, 6L);
      assertThat(store.neighbours(third, 0)).isEmpty();
      assertThatThrownBy(() -> store.neighbours(third, -1))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recent_of_an_unknown_chat_or_with_limit_zero_is_empty() {
      appendAll(fromAlice(1, "a"));

      assertThat(store.recent(OTHER_CHAT, 5)).isEmpty();
      assertThat(store.recent(CHAT, 0)).isEmpty();
    }

    @Test
    void a_negative_limit_is_refused() {
      assertThatThrownBy(() -> store.recent(CHAT, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recent_in_a_thread_keeps_to_that_forum_topic() {
      appendAll(
          fromAlice(1, "general"),
          fromAlice(2, "topic a").withThread(100L),
          fromBob(3, "topic b").withThread(200L),
          fromBob(4, "topic a again").withThread(100L),
          fromBob(5, "general again"));

      assertThat(ids(store.recentInThread(CHAT, 100L, 10))).containsExactly(2L, 4L);
      assertThat(ids(store.recentInThread(CHAT, 100L, 1))).containsExactly(4L);
      assertThat(ids(store.recentInThread(CHAT, null, 10))).containsExactly(1L, 5L);
      assertThat(store.recentInThread(CHAT, 300L, 10)).isEmpty();
    }
  }

  @Nested
  class ReplyChains {

    @Test
    void the_chain_lists_ancestors_nearest_first_up_to_the_depth() {
      appendAll(
          fromAlice(1, "root"),
          fromBob(2, "reply").withReplyTo(1L),
          fromAlice(3, "reply to reply").withReplyTo(2L));
      ChatMessage incoming = fromBob(4, "and more").withReplyTo(3L);

      assertThat(ids(store.replyChain(incoming, 10))).containsExactly(3L, 2L, 1L);
      assertThat(ids(store.replyChain(incoming, 2))).containsExactly(3L, 2L);
      assertThat(store.replyChain(incoming, 0)).isEmpty();
    }

    @Test
    void the_chain_ends_at_a_message_that_is_not_stored() {
      appendAll(fromBob(2, "reply to a deleted message").withReplyTo(1L));

      assertThat(ids(store.replyChain(fromAlice(3, "x").withReplyTo(2L), 10))).containsExactly(2L);
      assertThat(store.replyChain(fromAlice(4, "x").withReplyTo(1L), 10)).isEmpty();
    }

    @Test
    void the_chain_never_loops() {
      appendAll(fromAlice(1, "a").withReplyTo(2L), fromBob(2, "b").withReplyTo(1L));

      assertThat(ids(store.replyChain(fromAlice(3, "c").withReplyTo(1L), 10)))
          .containsExactly(1L, 2L);
    }

    @Test
    void a_message_that_replies_to_nothing_has_no_chain() {
      appendAll(fromAlice(1, "a"));

      assertThat(store.replyChain(fromAlice(2, "b"), 5)).isEmpty();
    }
  }

  @Nested
  class Search {

    private final Instant later = T0.plusSeconds(10_000);

    @Test
    void search_finds_messages_holding_a_query_word_whatever_the_case() {
      appendAll(
          fromAlice(1, "Хто піде на риболовлю?"),
          fromBob(2, "Я купив нову вудку"),
          fromAlice(3, "РИБОЛОВЛЮ люблю"));

      assertThat(ids(store.search(CHAT, "риболовлю", later, 10))).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void messages_holding_more_query_words_rank_first_then_newer_ones() {
      appendAll(
          fromAlice(1, "dragons everywhere"),
          fromBob(2, "dragons and castles"),
          fromAlice(3, "castles in the sky"),
          fromBob(4, "dragons again"));

      List<Long> found = ids(store.search(CHAT, "dragons castles", later, 10));

      assertThat(found).first().isEqualTo(2L);
      assertThat(found).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
      assertThat(found.indexOf(4L)).isLessThan(found.indexOf(1L));
    }

    @Test
    void search_keeps_to_messages_before_the_bound_and_to_the_limit() {
      for (long id = 1; id <= 6; id++) {
        appendAll(fromAlice(id, "pancakes number " + id));
      }

      assertThat(ids(store.search(CHAT, "pancakes", T0.plusSeconds(4), 10)))
          .containsExactlyInAnyOrder(1L, 2L, 3L);
      assertThat(store.search(CHAT, "pancakes", later, 2)).hasSize(2);
    }

    @Test
    void a_query_with_nul_characters_searches_by_its_words() {
      appendAll(fromAlice(1, "a NUL\u0000 in the submarine"));

      assertThat(ids(store.search(CHAT, "submarine\u0000 NUL", later, 10))).containsExactly(1L);
    }

    @Test
    void a_query_of_a_million_characters_searches_by_its_words() {
      appendAll(fromAlice(1, "the submarine surfaced"));

      String huge = "submarine " + "слово ".repeat(166_667) + "x".repeat(100_000);

      assertThat(ids(store.search(CHAT, huge, later, 10))).containsExactly(1L);
    }

    @Test
    void search_keeps_to_its_chat() {
      appendAll(in(CHAT, ALICE, 1, "submarine"), in(OTHER_CHAT, BOB, 2, "submarine"));

      assertThat(store.search(CHAT, "submarine", later, 10))
          .extracting(ChatMessage::chatId)
          .containsOnly(CHAT);
    }

    @Test
    void search_without_matches_or_searchable_words_is_empty() {
      appendAll(fromAlice(1, "nothing to see"));

      assertThat(store.search(CHAT, "volcano", later, 10)).isEmpty();
      assertThat(store.search(CHAT, "   !!! ", later, 10)).isEmpty();
      assertThat(store.search(OTHER_CHAT, "nothing", later, 10)).isEmpty();
    }
  }

  @Nested
  class CountsAndAuthors {

    @Test
    void count_and_chats_reflect_what_is_stored() {
      appendAll(in(OTHER_CHAT, ALICE, 1, "a"), in(CHAT, ALICE, 1, "a"), in(CHAT, BOB, 2, "b"));

      assertThat(store.count(CHAT)).isEqualTo(2);
      assertThat(store.count(OTHER_CHAT)).isEqualTo(1);
      assertThat(store.chats()).containsExactly(OTHER_CHAT, CHAT);
    }

    @Test
    void a_chat_emptied_by_erasure_is_no_longer_listed() {
      appendAll(in(OTHER_CHAT, ALICE, 1, "a"), in(CHAT, BOB, 1, "b"));

      store.eraseAuthor(OTHER_CHAT, ALICE.id());

      assertThat(store.chats()).containsExactly(CHAT);
    }

    @Test
    void top_authors_count_messages_since_an_instant_most_first_ties_by_id() {
      appendAll(
          fromAlice(1, "old"),
          fromAlice(2, "a"),
          fromBob(3, "b"),
          fromBob(4, "b"),
          Messages.from(CAROL, 5, "c"),
          fromAlice(6, "a"));

      List<AuthorActivity> top = store.topAuthors(CHAT, T0.plusSeconds(2), 10);

      assertThat(top)
          .extracting(a -> a.author().id().value(), AuthorActivity::messages)
          .containsExactly(tuple(11L, 2L), tuple(12L, 2L), tuple(13L, 1L));
      assertThat(store.topAuthors(CHAT, T0, 1))
          .extracting(a -> a.author().id())
          .containsExactly(ALICE.id());
    }

    @Test
    void top_authors_name_each_author_as_their_latest_message_does() {
      Author renamed = Author.person(ALICE.id().value(), "Аліса Нова", "alice_new");
      appendAll(fromAlice(1, "a"), Messages.from(renamed, 2, "b"));

      assertThat(store.topAuthors(CHAT, T0, 5))
          .extracting(AuthorActivity::author)
          .containsExactly(renamed);
    }
  }

  @Nested
  class Forgetting {

    @Test
    void erasing_an_author_removes_all_their_messages_in_the_chat_important_ones_too() {
      appendAll(
          fromAlice(1, "secret"),
          fromBob(2, "hi"),
          fromAlice(3, "pinned"),
          in(OTHER_CHAT, ALICE, 4, "elsewhere"));
      store.markImportant(new MessageRef(CHAT, 3), true);

      assertThat(store.eraseAuthor(CHAT, ALICE.id())).isEqualTo(2);

      assertThat(ids(store.recent(CHAT, 10))).containsExactly(2L);
      assertThat(store.find(new MessageRef(CHAT, 3))).isEmpty();
      assertThat(store.search(CHAT, "secret", T0.plusSeconds(100), 5)).isEmpty();
      assertThat(store.count(OTHER_CHAT)).isEqualTo(1);
    }

    @Test
    void erasing_an_author_without_messages_erases_nothing() {
      appendAll(fromBob(1, "hi"));

      assertThat(store.eraseAuthor(CHAT, ALICE.id())).isZero();
      assertThat(store.eraseAuthor(OTHER_CHAT, ALICE.id())).isZero();
    }
  }

  @Nested
  class Cleanup {

    @Test
    void important_marks_can_be_set_read_and_cleared() {
      appendAll(fromAlice(1, "pin me"));
      MessageRef ref = new MessageRef(CHAT, 1);

      assertThat(store.isImportant(ref)).isFalse();
      assertThat(store.markImportant(ref, true)).isTrue();
      assertThat(store.isImportant(ref)).isTrue();
      assertThat(store.markImportant(ref, false)).isTrue();
      assertThat(store.isImportant(ref)).isFalse();
      assertThat(store.markImportant(new MessageRef(CHAT, 2), true)).isFalse();
      assertThat(store.isImportant(new MessageRef(CHAT, 2))).isFalse();
    }

    @Test
    void delete_before_removes_the_oldest_unimportant_messages_in_bounded_batches() {
      for (long id = 1; id <= 10; id++) {
        appendAll(fromAlice(id, "m" + id));
      }
      store.markImportant(new MessageRef(CHAT, 2), true);
      Instant cutoff = T0.plusSeconds(8);

      assertThat(store.countBefore(CHAT, cutoff)).isEqualTo(6);
      assertThat(store.deleteBefore(CHAT, cutoff, 4)).isEqualTo(4);
      assertThat(ids(store.recent(CHAT, 20))).containsExactly(2L, 6L, 7L, 8L, 9L, 10L);
      assertThat(store.deleteBefore(CHAT, cutoff, 4)).isEqualTo(2);
      assertThat(store.deleteBefore(CHAT, cutoff, 4)).isZero();
      assertThat(ids(store.recent(CHAT, 20))).containsExactly(2L, 8L, 9L, 10L);
      assertThat(store.countBefore(CHAT, cutoff)).isZero();
    }

    @Test
    void delete_before_without_a_chat_covers_every_chat_within_the_limit() {
      appendAll(
          in(CHAT, ALICE, 1, "a"),
          in(CHAT, ALICE, 2, "b"),
          in(OTHER_CHAT, BOB, 1, "c"),
          in(OTHER_CHAT, BOB, 9, "new"));
      Instant cutoff = T0.plusSeconds(5);

      assertThat(store.countBefore(null, cutoff)).isEqualTo(3);
      assertThat(store.deleteBefore(null, cutoff, 2)).isEqualTo(2);
      assertThat(store.deleteBefore(null, cutoff, 2)).isEqualTo(1);
      assertThat(store.deleteBefore(null, cutoff, 2)).isZero();
      assertThat(store.count(CHAT)).isZero();
      assertThat(ids(store.recent(OTHER_CHAT, 5))).containsExactly(9L);
    }

    @Test
    void trim_keeps_the_newest_messages_and_every_important_one() {
      for (long id = 1; id <= 10; id++) {
        appendAll(fromAlice(id, "m" + id));
      }
      store.markImportant(new MessageRef(CHAT, 1), true);

      assertThat(store.trim(CHAT, 4, 100)).isEqualTo(6);

      assertThat(ids(store.recent(CHAT, 20))).containsExactly(1L, 8L, 9L, 10L);
      assertThat(store.trim(CHAT, 4, 100)).isZero();
    }

    @Test
    void trim_deletes_at_most_the_limit_per_call() {
      for (long id = 1; id <= 10; id++) {
        appendAll(fromAlice(id, "m" + id));
      }

      assertThat(store.trim(CHAT, 2, 3)).isEqualTo(3);
      assertThat(store.count(CHAT)).isEqualTo(7);
      assertThat(ids(store.recent(CHAT, 1))).containsExactly(10L);
      assertThat(store.trim(OTHER_CHAT, 0, 3)).isZero();
    }

    @Test
    void deleted_messages_are_gone_from_every_view() {
      List<ChatMessage> batch = new ArrayList<>();
      for (long id = 1; id <= 5; id++) {
        batch.add(fromAlice(id, "lighthouse " + id).withThread(7L));
      }
      store.appendAll(batch);

      store.deleteBefore(CHAT, T0.plusSeconds(4), 100);

      assertThat(store.find(new MessageRef(CHAT, 1))).isEmpty();
      assertThat(ids(store.recentInThread(CHAT, 7L, 10))).containsExactly(4L, 5L);
      assertThat(ids(store.search(CHAT, "lighthouse", T0.plusSeconds(100), 10)))
          .containsExactlyInAnyOrder(4L, 5L);
      assertThat(store.replyChain(fromBob(9, "x").withReplyTo(2L), 5)).isEmpty();
      assertThat(store.topAuthors(CHAT, T0, 5))
          .extracting(AuthorActivity::messages)
          .containsExactly(2L);
    }
  }

  @Nested
  class UnderContention {

    private static final int THREADS = 8;

    @Test
    void concurrent_appends_to_one_chat_lose_and_duplicate_nothing() throws Exception {
      int perThread = 300;
      List<Callable<Integer>> writers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long first = 1 + (long) t * perThread;
        writers.add(() -> {
          int added = 0;
          for (long id = first; id < first + perThread; id++) {
            added += store.append(fromAlice(id, "message " + id)) ? 1 : 0;
          }
          return added;
        });
      }

      int added = runAll(writers);

      int total = THREADS * perThread;
      assertThat(added).isEqualTo(total);
      assertThat(store.count(CHAT)).isEqualTo(total);
      assertThat(ids(store.recent(CHAT, total))).hasSize(total).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void concurrent_appends_of_the_same_messages_store_each_exactly_once() throws Exception {
      int messages = 200;
      List<Callable<Integer>> writers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        writers.add(() -> {
          int added = 0;
          for (long id = 1; id <= messages; id++) {
            added += store.append(fromBob(id, "same " + id)) ? 1 : 0;
          }
          return added;
        });
      }

      assertThat(runAll(writers)).isEqualTo(messages);
      assertThat(store.count(CHAT)).isEqualTo(messages);
    }

    private int runAll(List<Callable<Integer>> tasks) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (Callable<Integer> task : tasks) {
          results.add(
              pool.submit(() -> {
                start.await();
                return task.call();
              }));
        }
        start.countDown();
        int sum = 0;
        for (Future<Integer> result : results) {
          sum += result.get(60, TimeUnit.SECONDS);
        }
        return sum;
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  class Migration {

    private final ChatId group = ChatId.of(-4_000_000_001L);
    private final ChatId supergroup = ChatId.of(-1_002_000_000_001L);
    private final ChatMigration migration = new ChatMigration(group, supergroup);
    private final Instant later = T0.plusSeconds(100_000);

    private long moved(long oldId) {
      return ChatMigration.MOVED_ID_BASE + oldId;
    }

    /** The old group's talk: a reply chain, an edit, a topic, an important message. */
    private void oldTalk() {
      List<ChatMessage> talk =
          List.of(
              in(group, ALICE, 1, "хто йде на риболовлю?"),
              in(group, BOB, 2, "я, візьму вудку").withReplyTo(1L),
              in(group, CAROL, 3, "і я на риболовлю").withReplyTo(2L),
              in(group, ALICE, 4, "тема про каву").withThread(4L),
              in(group, BOB, 5, "відповідь поза ланцюгом").withReplyTo(99L));
      talk.forEach(m -> assertThat(store.append(m)).isTrue());
      store.edit(new MessageRef(group, 1), "хто йде на риболовлю завтра?", List.of(), later);
      store.markImportant(new MessageRef(group, 2), true);
    }

    @Test
    void every_message_moves_under_the_new_chat_with_its_ids_mapped() {
      oldTalk();
      ChatMessage edited = store.find(new MessageRef(group, 1)).orElseThrow();

      assertThat(store.move(migration)).isEqualTo(5);

      assertThat(store.count(group)).isZero();
      assertThat(store.chats()).doesNotContain(group).contains(supergroup);
      assertThat(store.find(new MessageRef(group, 1))).isEmpty();
      assertThat(store.find(new MessageRef(supergroup, moved(1))))
          .contains(migration.moved(edited));
      assertThat(store.find(new MessageRef(supergroup, moved(2))).orElseThrow().replyToMessageId())
          .isEqualTo(moved(1));
      assertThat(store.find(new MessageRef(supergroup, moved(5))).orElseThrow().replyToMessageId())
          .isEqualTo(moved(99));
      assertThat(ids(store.recentInThread(supergroup, moved(4), 10))).containsExactly(moved(4));
      assertThat(store.count(supergroup)).isEqualTo(5);
    }

    @Test
    void moved_history_reads_before_the_supergroup_own_messages_whose_ids_it_does_not_touch() {
      oldTalk();
      ChatMessage own = sentAt(in(supergroup, BOB, 2, "перше в супергрупі"), later);
      store.append(own);

      store.move(migration);

      assertThat(store.find(new MessageRef(supergroup, 2))).contains(own);
      assertThat(ids(store.recent(supergroup, 10)))
          .containsExactly(moved(1), moved(2), moved(3), moved(4), moved(5), 2L);
      assertThat(store.topAuthors(supergroup, T0, 10))
          .extracting(a -> a.author().id(), AuthorActivity::messages)
          .containsExactly(tuple(BOB.id(), 3L), tuple(ALICE.id(), 2L), tuple(CAROL.id(), 1L));
    }

    @Test
    void reply_chains_search_and_important_marks_work_on_moved_messages() {
      oldTalk();

      store.move(migration);

      ChatMessage last = store.find(new MessageRef(supergroup, moved(3))).orElseThrow();
      assertThat(ids(store.replyChain(last, 10))).containsExactly(moved(2), moved(1));
      ChatMessage answer = in(supergroup, ALICE, 7, "так").withReplyTo(moved(3));
      assertThat(ids(store.replyChain(answer, 10))).containsExactly(moved(3), moved(2), moved(1));
      assertThat(ids(store.search(supergroup, "риболовлю", later.plusSeconds(1), 10)))
          .containsExactlyInAnyOrder(moved(1), moved(3));
      assertThat(store.search(group, "риболовлю", later.plusSeconds(1), 10)).isEmpty();
      assertThat(store.isImportant(new MessageRef(supergroup, moved(2)))).isTrue();
      assertThat(store.isImportant(new MessageRef(supergroup, moved(1)))).isFalse();
      assertThat(store.trim(supergroup, 0, 100)).isEqualTo(4);
      assertThat(ids(store.recent(supergroup, 10))).containsExactly(moved(2));
    }

    @Test
    void a_second_move_finds_nothing_and_changes_nothing() {
      oldTalk();
      store.move(migration);
      List<ChatMessage> afterFirst = store.recent(supergroup, 100);

      assertThat(store.move(migration)).isZero();

      assertThat(store.recent(supergroup, 100)).isEqualTo(afterFirst);
      assertThat(store.count(group)).isZero();
    }

    @Test
    void a_message_stored_under_the_old_id_after_a_move_follows_on_the_next_one() {
      oldTalk();
      store.move(migration);
      store.append(in(group, BOB, 6, "запізніле").withReplyTo(3L));

      assertThat(store.move(migration)).isEqualTo(1);

      ChatMessage late = store.find(new MessageRef(supergroup, moved(6))).orElseThrow();
      assertThat(ids(store.replyChain(late, 10))).containsExactly(moved(3), moved(2), moved(1));
      assertThat(store.count(group)).isZero();
    }

    @Test
    void messages_arriving_in_the_old_chat_during_moves_are_all_moved_once() throws Exception {
      int messages = 300;
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        CountDownLatch start = new CountDownLatch(1);
        Future<Long> writer =
            pool.submit(() -> {
              start.await();
              long added = 0;
              for (long id = 1; id <= messages; id++) {
                added += store.append(in(group, ALICE, id, "повідомлення " + id)) ? 1 : 0;
              }
              return added;
            });
        Future<Long> mover =
            pool.submit(() -> {
              start.await();
              long moved = 0;
              while (!writer.isDone()) {
                moved += store.move(migration);
              }
              return moved;
            });
        start.countDown();
        assertThat(writer.get(60, TimeUnit.SECONDS)).isEqualTo(messages);
        long moved = mover.get(60, TimeUnit.SECONDS) + store.move(migration);

        assertThat(moved).isEqualTo(messages);
      } finally {
        pool.shutdownNow();
      }
      assertThat(store.count(group)).isZero();
      assertThat(store.count(supergroup)).isEqualTo(messages);
      assertThat(ids(store.recent(supergroup, 1))).containsExactly(moved(messages));
    }

    @Test
    void a_duplicate_of_a_message_moved_before_keeps_the_copy_moved_first() {
      oldTalk();
      store.move(migration);
      ChatMessage movedFirst = store.find(new MessageRef(supergroup, moved(1))).orElseThrow();
      store.append(in(group, ALICE, 1, "та сама, знову (імпорт)"));

      assertThat(store.move(migration)).isEqualTo(1);

      assertThat(store.find(new MessageRef(supergroup, moved(1)))).contains(movedFirst);
      assertThat(store.count(group)).isZero();
      assertThat(store.count(supergroup)).isEqualTo(5);
    }

    @Test
    void a_message_whose_id_cannot_be_mapped_stops_the_move_before_anything_moves() {
      oldTalk();
      store.append(
          ChatMessage.text(
              new MessageRef(group, ChatMigration.MOVED_ID_BASE + 1),
              ALICE,
              T0,
              "уже переміщене?"));

      assertThatThrownBy(() -> store.move(migration)).isInstanceOf(RuntimeException.class);

      assertThat(store.count(group)).isEqualTo(6);
      assertThat(store.count(supergroup)).isZero();
    }

    @Test
    void other_chats_are_untouched_and_an_empty_group_moves_nothing() {
      ChatMessage elsewhere = in(OTHER_CHAT, ALICE, 1, "інший чат");
      ChatMessage own = in(supergroup, BOB, 1, "своє");
      store.append(elsewhere);
      store.append(own);

      assertThat(store.move(migration)).isZero();
      oldTalk();
      assertThat(store.move(migration)).isEqualTo(5);

      assertThat(store.recent(OTHER_CHAT, 10)).containsExactly(elsewhere);
      assertThat(store.find(new MessageRef(supergroup, 1))).contains(own);
    }
  }
}
