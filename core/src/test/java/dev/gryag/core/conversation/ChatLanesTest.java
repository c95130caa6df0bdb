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
  void a_full_lane_makes_the_submitter_wait_until_there_is_room() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<String> done = new CopyOnWriteArrayList<>();
    try (ChatLanes lanes = new ChatLanes(1, 100)) {
      CountDownLatch started = new CountDownLatch(1);
      lanes.submit(
          A,
          () -> {
            started.countDown();
            await(release);
          });
      assertThat(await(started)).isTrue();
      lanes.submit(A, () -> done.add("queued"));
      Thread submitter =
          Thread.ofPlatform().start(() -> submitQuietly(lanes, () -> done.add("waited")));

      waitUntil(() -> submitter.getState() == Thread.State.WAITING);
      assertThat(lanes.pending()).isEqualTo(2);
      release.countDown();
      submitter.join();
      lanes.awaitIdle();
    }

    assertThat(done).containsExactly("queued", "waited");
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

  private static void submitQuietly(ChatLanes lanes, Runnable task) {
    try {
      lanes.submit(A, task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
