package dev.gryag.app.cli.members;

import dev.gryag.adapter.persistence.DatabaseStartException;
import dev.gryag.app.cli.support.BotServices;
import dev.gryag.app.cli.support.Databases;
import dev.gryag.app.cli.support.ExitCodes;
import dev.gryag.core.StoreException;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** What {@code gryag profile} and {@code gryag forget} share: the member, the chats, the errors. */
final class MemberCommands {

  private MemberCommands() {}

  /** Acts on one member in some chats, with the session open. */
  interface Action {
    int run(BotServices stores, UserId member, List<ChatId> chats, PrintWriter out);
  }

  static int run(
      CommandLine cli, String name, Databases databases, String user, Long chat, Action action) {
    Objects.requireNonNull(user, "user");
    try (Databases.Lease lease = databases.open()) {
      BotServices stores = BotServices.over(lease.database());
      MemberChats where = new MemberChats(lease.database().dataSource(), lease.schema());
      UserId member = member(cli, where, user);
      List<ChatId> chats = chat != null ? List.of(ChatId.of(chat)) : where.of(member);
      PrintWriter out = cli.getOut();
      int code = action.run(stores, member, chats, out);
      out.flush();
      return code;
    } catch (DatabaseStartException | StoreException e) {
      PrintWriter err = cli.getErr();
      err.println("gryag " + name + ": " + e.getMessage());
      err.flush();
      return ExitCodes.FAILURE.code();
    }
  }

  private static UserId member(CommandLine cli, MemberChats where, String user) {
    if (user.matches("-?\\d{1,18}") && !user.matches("-?0+")) {
      return UserId.of(Long.parseLong(user));
    }
    if (!user.matches("@?[A-Za-z][A-Za-z0-9_]{2,31}")) {
      throw new CommandLine.ParameterException(
          cli, "USER must be a numeric id or a @username, was '" + user + "'");
    }
    List<UserId> found = where.byUsername(user);
    if (found.isEmpty()) {
      throw new CommandLine.ParameterException(
          cli, "no member with the username " + at(user) + " is known; give their numeric id");
    }
    if (found.size() > 1) {
      throw new CommandLine.ParameterException(
          cli,
          at(user)
              + " names several members over time: "
              + found.stream().map(UserId::toString).collect(Collectors.joining(", "))
              + "; give one's numeric id");
    }
    return found.get(0);
  }

  private static String at(String user) {
    return user.startsWith("@") ? user : "@" + user;
  }
}
