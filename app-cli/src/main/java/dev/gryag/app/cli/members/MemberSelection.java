package dev.gryag.app.cli.members;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The member and chat that {@code gryag profile} and {@code gryag forget} act on (a mixin). */
final class MemberSelection {

  @Parameters(
      paramLabel = "USER",
      description = "The member: a numeric id, or a @username their profile holds.")
  String user;

  @Option(names = "--chat", paramLabel = "ID", description = "Only this chat (its Bot API id).")
  Long chat;
}
