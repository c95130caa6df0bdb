package dev.gryag.core.conversation;

import dev.gryag.core.model.ChatId;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

/**
 * Serial lanes per chat: one chat's tasks run one at a time, in the order they were submitted;
 * different chats run in parallel, each lane on a virtual thread that exists only while the lane
 * has work. Queues are bounded: {@link #submit} blocks while the chat's lane or all lanes together
 * are full, which pushes back on whoever reads the updates. A failing task is reported and the lane
 * goes on.
 *
 * <p>Use it to feed {@link ConversationService#onMessage} from any bot framework: submit each
 * incoming message to its chat's lane.
 */
public final class ChatLanes implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(ChatLanes.class.getName());

  private final int maxQueuedPerChat;
  private final int maxQueued;
  private final BiConsumer<ChatId, Throwable> onFailure;
  private final ExecutorService threads =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("chat-lane-", 0).factory());
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition space = lock.newCondition();
  private final Condition idle = lock.newCondition();
  private final Map<ChatId, Queue<Runnable>> lanes = new HashMap<>();
  private int pending;
  private boolean closed;

  /**
   * Lanes that log failing tasks.
   *
   * @param maxQueuedPerChat the most tasks waiting in one chat's lane
   * @param maxQueued the most tasks waiting or running in all lanes together
   */
  public ChatLanes(int maxQueuedPerChat, int maxQueued) {
    this(
        maxQueuedPerChat,
        maxQueued,
        (chat, failure) ->
            LOG.log(Level.ERROR, "a task in the lane of chat " + chat + " failed", failure));
  }

  /** Lanes that hand failing tasks' exceptions to {@code onFailure}. */
  public ChatLanes(int maxQueuedPerChat, int maxQueued, BiConsumer<ChatId, Throwable> onFailure) {
    if (maxQueuedPerChat <= 0 || maxQueued <= 0) {
      throw new IllegalArgumentException(
          "queue bounds must be positive, were " + maxQueuedPerChat + " and " + maxQueued);
    }
    this.maxQueuedPerChat = maxQueuedPerChat;
    this.maxQueued = maxQueued;
    this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
  }

  /**
   * Queues {@code task} in the chat's lane, waiting for room if the queues are full.
   *
   * @throws InterruptedException when interrupted while waiting; the task was not queued
   * @throws IllegalStateException after {@link #close}
   */
  public void submit(ChatId chat, Runnable task) throws InterruptedException {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(task, "task");
    lock.lockInterruptibly();
    try {
      while (!closed && !hasRoom(lanes.get(chat))) {
        space.await();
      }
      if (closed) {
        throw new IllegalStateException("the chat lanes are closed");
      }
      Queue<Runnable> lane = lanes.get(chat);
      if (lane == null) {
        lane = new ArrayDeque<>();
        lanes.put(chat, lane);
        Queue<Runnable> started = lane;
        threads.execute(() -> drain(chat, started));
      }
      lane.add(task);
      pending++;
    } finally {
      lock.unlock();
    }
  }

  /** How many tasks are waiting or running. */
  public int pending() {
    lock.lock();
    try {
      return pending;
    } finally {
      lock.unlock();
    }
  }

  /** Waits until every lane has run out of work. */
  public void awaitIdle() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (!lanes.isEmpty()) {
        idle.await();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Stops taking tasks and waits for the queued ones to finish. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      space.signalAll();
    } finally {
      lock.unlock();
    }
    threads.close();
  }

  private boolean hasRoom(Queue<Runnable> lane) {
    return pending < maxQueued && (lane == null || lane.size() < maxQueuedPerChat);
  }

  private void drain(ChatId chat, Queue<Runnable> lane) {
    for (Runnable task = next(chat, lane); task != null; task = next(chat, lane)) {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        onFailure.accept(chat, e);
      } finally {
        finished();
      }
    }
  }

  /** The lane's next task; null once it is empty, and then the lane is gone. */
  private Runnable next(ChatId chat, Queue<Runnable> lane) {
    lock.lock();
    try {
      Runnable task = lane.poll();
      if (task == null) {
        lanes.remove(chat);
        if (lanes.isEmpty()) {
          idle.signalAll();
        }
      }
      return task;
    } finally {
      lock.unlock();
    }
  }

  private void finished() {
    lock.lock();
    try {
      pending--;
      space.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
