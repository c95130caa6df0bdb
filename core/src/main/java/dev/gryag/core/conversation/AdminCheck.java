package dev.gryag.core.conversation;

import dev.gryag.core.model.Author;
import dev.gryag.core.model.AuthorKind;
import dev.gryag.core.model.UserId;
import java.lang.System.Logger.Level;
import java.util.Set;

/**
 * Whether a message's author is an admin of its chat: the bot's owners everywhere, whoever the
 * platform flagged on the message, anonymous admins writing as the group, and in groups whoever
 * {@link ChatAdministrators} names. The port is asked at most once per message, and only when a
 * rule needs the answer. Not thread-safe: one message's decision runs on one thread.
 */
final class AdminCheck {

  private static final System.Logger LOG = System.getLogger(AdminCheck.class.getName());

  private final IncomingMessage in;
  private final Set<UserId> operators;
  private final ChatAdministrators administrators;
  private Boolean granted;

  AdminCheck(IncomingMessage in, Set<UserId> operators, ChatAdministrators administrators) {
    this.in = in;
    this.operators = operators;
    this.administrators = administrators;
  }

  boolean granted() {
    if (granted == null) {
      granted = decide();
    }
    return granted;
  }

  private boolean decide() {
    Author author = in.message().author();
    if (operators.contains(author.id()) || in.authorIsAdmin()) {
      return true;
    }
    if (author.kind() == AuthorKind.CHAT) {
      // An anonymous admin writes as the group itself; a linked channel is no admin.
      return author.id().value() == in.chat().id().value();
    }
    return in.chat().kind().isGroup() && ask(author.id());
  }

  private boolean ask(UserId author) {
    try {
      return administrators.isAdmin(in.chat().id(), author);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "could not tell whether "
              + author
              + " administers chat "
              + in.chat().id()
              + "; treating them as a member",
          e);
      return false;
    }
  }
}
