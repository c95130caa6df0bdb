package dev.gryag.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.model.ChatId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChatLanesTest {

  private static final ChatId A = ChatId.of(-1);
  private static final ChatId B = ChatId.of(-2);

  @Test
  void each_chats_tasks_run_in_submission_order_and_never_overlap() throws Exception {
    Map<ChatId, List<Integer>> seen = new ConcurrentHashMap<>();
    Map<ChatId, AtomicInteger> running = new ConcurrentHashMap<>();
    AtomicInteger overlaps = new AtomicInteger();
    try (ChatLanes lanes = new ChatLanes(50, 500)) {
      for (int i = 0; i < 100; i++) {
        for (long chat = 1; chat <= 10; chat++) {
          ChatId id = ChatId.of(-chat);
          int n = i;
          lanes.submit(
              id,
              () -> {
                if (running.computeIfAbsent(id, c -> new AtomicInteger()).incrementAndGet() > 1) {
                  overlaps.incrementAndGet();
                }
                seen.computeIfAbsent(id, c -> new CopyOnWriteArrayList<>()).add(n);
                running.get(id).decrementAndGet();
              });
        }
      }
      lanes.awaitIdle();
    }

    assertThat(overlaps).hasValue(0);
    assertThat(seen).hasSize(10);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      expected.add(i);
    }
    seen.values().forEach(order -> assertThat(order).isEqualTo(expected));
  }

  @Test
  void a_busy_chat_does_not_hold_up_another() throws Exception {
    CountDownLatch bRan = new CountDownLatch(1);
    List<Boolean> aSawB = new CopyOnWriteArrayList<>();
    try (ChatLanes lanes = new ChatLanes(10, 10)) {
      lanes.submit(A, () -> aSawB.add(await(bRan)));
      lanes.submit(B, bRan::countDown);
      lanes.awaitIdle();
    }

    assertThat(aSawB).containsExactly(true);
  }

  @Test
  void a_failing_task_is_reported_and_its_lane_goes_on() throws Exception {
    List<String> failures = new CopyOnWriteArrayList<>();
    List<String> done = new CopyOnWriteArrayList<>();
    try (ChatLanes lanes =
        new ChatLanes(10, 10, (chat, e) -> failures.add(chat + ": " + e.getMessage()))) {
      lanes.submit(A, () -> done.add("one"));
      lanes.submit(
          A,
          () -> {
            throw new IllegalStateException("boom");
          });
      lanes.submit(A, () -> done.add("three"));
      lanes.awaitIdle();
    }

    assertThat(failures).containsExactly("-1: boom");
    assertThat(done).containsExactly("one", "three");
  }

  @Test
  void a_full_lane_sheds_its_oldest_droppable_task_and_keeps_every_one_that_must_run()
      throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<String> done = new CopyOnWriteArrayList<>();
    List<Boolean> offered = new ArrayList<>();
    try (ChatLanes lanes = new ChatLanes(2, 100)) {
      CountDownLatch started = new CountDownLatch(1);
      lanes.submit(
          A,
          () -> {
            started.countDown();
            await(release);
            done.add("running");
          });
      assertThat(await(started)).isTrue();
      offered.add(lanes.offer(A, () -> done.add("d1")));
      offered.add(lanes.offer(A, () -> done.add("d2")));
      lanes.submit(A, () -> done.add("m1")); // full: d1 makes room
      offered.add(lanes.offer(A, () -> done.add("d3"))); // full: d2 makes room
      lanes.submit(A, () -> done.add("m2")); // full: d3 makes room
      offered.add(lanes.offer(A, () -> done.add("d4"))); // full, nothing droppable: d4 goes
      lanes.submit(A, () -> done.add("m3")); // full, nothing droppable: over the bound

      assertThat(lanes.pending()).isEqualTo(4);
      assertThat(lanes.dropped()).isEqualTo(4);
      release.countDown();
      lanes.awaitIdle();
    }

    assertThat(offered).containsExactly(true, true, true, false);
    assertThat(done).containsExactly("running", "m1", "m2", "m3");
  }

  @Test
  void a_full_lane_never_holds_up_the_submitter_or_another_chat() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch bRan = new CountDownLatch(1);
    try (ChatLanes lanes = new ChatLanes(1, 100)) {
      lanes.submit(A, () -> await(release));
      for (int i = 0; i < 1_000; i++) {
        lanes.offer(A, () -> {});
        lanes.submit(A, () -> {});
      }
      lanes.offer(B, bRan::countDown);

      assertThat(await(bRan)).isTrue();
      release.countDown();
      lanes.awaitIdle();
      assertThat(lanes.dropped()).isEqualTo(1_000);
    }
  }

  @Test
  void closing_runs_what_is_queued_and_refuses_more() throws Exception {
    List<Integer> done = new CopyOnWriteArrayList<>();
    ChatLanes lanes = new ChatLanes(100, 100);
    for (int i = 0; i < 20; i++) {
      int n = i;
      lanes.submit(B, () -> done.add(n));
    }

    lanes.close();

    assertThat(done).hasSize(20);
    assertThatThrownBy(() -> lanes.submit(A, () -> {})).isInstanceOf(IllegalStateException.class);
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    for (int i = 0; i < 30_000 && !condition.getAsBoolean(); i++) {
      Thread.sleep(1);
    }
    assertThat(condition.getAsBoolean()).as("condition reached").isTrue();
  }
}
