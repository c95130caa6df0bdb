package dev.gryag.core.conversation;

import dev.gryag.core.limits.RateDecision;
import dev.gryag.core.settings.Trigger;
import java.util.List;
import java.util.Objects;

/** What {@link ConversationService#onMessage} did with one incoming message. */
public sealed interface Outcome {

  /**
   * The bot answered.
   *
   * @param trigger what called for the answer
   * @param text the answer as handed to the sender
   * @param replyToMessageId the message the answer is threaded to, or null
   * @param sentMessageIds the ids of the delivered parts, in order
   * @param promptTokens the estimated size of the prompt
   */
  record Replied(
      Trigger trigger,
      String text,
      Long replyToMessageId,
      List<Long> sentMessageIds,
      int promptTokens)
      implements Outcome {
    public Replied {
      Objects.requireNonNull(trigger, "trigger");
      Objects.requireNonNull(text, "text");
      sentMessageIds = List.copyOf(sentMessageIds);
    }
  }

  /**
   * The message was stored (unless the reason says otherwise, or its author opted out) and the bot
   * stays silent.
   *
   * @param reason why
   */
  record Ignored(Reason reason) implements Outcome {

    /** Why the bot stays silent. */
    public enum Reason {
      /** The access policy excludes the chat: the message was not even stored. */
      CHAT_NOT_ALLOWED,
      /** The chat is inactive (the bot was removed or muted there). */
      CHAT_INACTIVE,
      /** The message was stored before: a redelivery. */
      DUPLICATE,
      /**
       * Its author was forgotten as of its time or later (a late or redelivered update): not
       * stored.
       */
      FORGOTTEN,
      /** An edit: the stored text was updated; edits are never answered. */
      EDITED,
      /** The bot's own message. */
      OWN_MESSAGE,
      /** Another bot wrote it. */
      FROM_BOT,
      /** The author is banned in the chat. */
      BANNED,
      /** It arrived too late (a backlog at start-up). */
      STALE,
      /** Nothing addressed the bot and no unsolicited reply was drawn. */
      NOT_ADDRESSED,
      /** An unsolicited reply was drawn, but the chat is in a heated exchange. */
      CONFLICT,
      /** An unsolicited reply was drawn, but the bot spoke too recently. */
      SILENCE,
      /** An unsolicited reply was drawn, but the chat had its hourly share. */
      HOURLY_CAP
    }

    public Ignored {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A rate limit held the answer back.
   *
   * @param scope the limit that did
   * @param noticeSent true when the member was told (once per window); otherwise silence
   */
  record RateLimited(RateDecision.Scope scope, boolean noticeSent) implements Outcome {
    public RateLimited {
      Objects.requireNonNull(scope, "scope");
    }
  }

  /**
   * A built-in command ran.
   *
   * @param command its name, lower case, without slash or bot name
   * @param response what the bot answered
   * @param delivered false when sending the response failed
   */
  record CommandHandled(String command, String response, boolean delivered) implements Outcome {
    public CommandHandled {
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(response, "response");
    }
  }

  /**
   * The bot meant to answer and could not; the incoming message is stored all the same.
   *
   * @param trigger what called for the answer
   * @param failure what went wrong
   * @param fallbackSent true when the configured failure line was sent instead
   */
  record Unanswered(Trigger trigger, Failure failure, boolean fallbackSent) implements Outcome {

    /** What kept the answer from the chat. */
    public enum Failure {
      /** The language model failed or could not be reached. */
      MODEL_FAILED,
      /** The model refused on safety grounds. */
      MODEL_BLOCKED,
      /** The model answered with nothing usable. */
      MODEL_EMPTY,
      /** The answer could not be delivered. */
      DELIVERY_FAILED,
      /** Shutdown interrupted the model call: the answer stays pending for the next run. */
      INTERRUPTED
    }

    public Unanswered {
      Objects.requireNonNull(trigger, "trigger");
      Objects.requireNonNull(failure, "failure");
    }
  }
}
