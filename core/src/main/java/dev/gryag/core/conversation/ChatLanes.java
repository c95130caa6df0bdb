package dev.gryag.core.conversation;

import dev.gryag.core.model.ChatId;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

/**
 * Serial lanes per chat: one chat's tasks run one at a time, in the order they were submitted;
 * different chats run in parallel, each lane on a virtual thread that exists only while the lane
 * has work. Nothing here ever waits for room, so whoever reads the updates is never held up by a
 * busy chat. The bounds are kept by shedding instead, explicitly: when a chat's lane or all lanes
 * together are full, the oldest {@linkplain #offer droppable} task waiting in that chat's lane is
 * dropped (or the new one, when it is droppable and nothing older is); a task {@linkplain #submit
 * that must run} is never dropped and is queued over the bound if nothing can make room. A failing
 * task is reported and the lane goes on.
 *
 * <p>Use it to feed {@link ConversationService#respond} from any bot framework: submit each
 * accepted message to its chat's lane, {@link #submit} when it awaits an answer, {@link #offer}
 * otherwise.
 */
public final class ChatLanes implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(ChatLanes.class.getName());

  private record Task(Runnable work, boolean droppable) {}

  private final int maxQueuedPerChat;
  private final int maxQueued;
  private final BiConsumer<ChatId, Throwable> onFailure;
  private final ExecutorService threads =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("chat-lane-", 0).factory());
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition idle = lock.newCondition();
  private final Map<ChatId, Deque<Task>> lanes = new HashMap<>();
  private final LongAdder dropped = new LongAdder();
  private int pending;
  private int waitingDroppable;
  private boolean closed;

  /**
   * Lanes that log failing tasks.
   *
   * @param maxQueuedPerChat the most tasks waiting in one chat's lane before it sheds
   * @param maxQueued the most droppable tasks waiting in all lanes together before they shed
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
   * Queues a task that must run (a message that awaits an answer) in the chat's lane, without
   * waiting: when the lanes are full, the oldest droppable task of this chat makes room, or the
   * task is queued over the bound.
   *
   * @throws IllegalStateException after {@link #close}
   */
  public void submit(ChatId chat, Runnable task) {
    enqueue(chat, new Task(Objects.requireNonNull(task, "task"), false));
  }

  /**
   * Queues a task that may be dropped under load (a message no one awaits an answer to), without
   * waiting: when the lanes are full, the oldest droppable task waiting in this chat's lane is
   * dropped to make room, or this one when none is older.
   *
   * @return false when this task was dropped
   * @throws IllegalStateException after {@link #close}
   */
  public boolean offer(ChatId chat, Runnable task) {
    return enqueue(chat, new Task(Objects.requireNonNull(task, "task"), true));
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

  /** How many droppable tasks were dropped to keep the bounds, since the lanes were made. */
  public long dropped() {
    return dropped.sum();
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
    } finally {
      lock.unlock();
    }
    threads.close();
  }

  /** Queues the task, shedding if the bounds say so; false when the task itself was shed. */
  private boolean enqueue(ChatId chat, Task task) {
    Objects.requireNonNull(chat, "chat");
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("the chat lanes are closed");
      }
      Deque<Task> lane = lanes.get(chat);
      if (full(lane) && !dropOldestDroppable(lane) && task.droppable()) {
        dropped.increment();
        return false;
      }
      if (lane == null) {
        lane = new ArrayDeque<>();
        lanes.put(chat, lane);
        Deque<Task> started = lane;
        threads.execute(() -> drain(chat, started));
      }
      lane.add(task);
      pending++;
      if (task.droppable()) {
        waitingDroppable++;
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  private boolean full(Deque<Task> lane) {
    return waitingDroppable >= maxQueued || lane != null && lane.size() >= maxQueuedPerChat;
  }

  /** Drops the oldest droppable task waiting in the lane; false when there is none. */
  private boolean dropOldestDroppable(Deque<Task> lane) {
    if (lane == null) {
      return false;
    }
    for (Iterator<Task> waiting = lane.iterator(); waiting.hasNext(); ) {
      if (waiting.next().droppable()) {
        waiting.remove();
        pending--;
        waitingDroppable--;
        dropped.increment();
        return true;
      }
    }
    return false;
  }

  private void drain(ChatId chat, Deque<Task> lane) {
    for (Task task = next(chat, lane); task != null; task = next(chat, lane)) {
      try {
        task.work().run();
      } catch (RuntimeException | Error e) {
        onFailure.accept(chat, e);
      } finally {
        finished();
      }
    }
  }

  /** The lane's next task; null once it is empty, and then the lane is gone. */
  private Task next(ChatId chat, Deque<Task> lane) {
    lock.lock();
    try {
      Task task = lane.poll();
      if (task != null && task.droppable()) {
        waitingDroppable--;
      }
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
    } finally {
      lock.unlock();
    }
  }
}
