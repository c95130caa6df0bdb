package dev.gryag.adapter.telegram.export;

import dev.gryag.core.analytics.ServiceEvent;
import java.util.List;
import java.util.Objects;

/** What Telegram Desktop's service actions amount to. */
final class ServiceKinds {

  private ServiceKinds() {}

  /**
   * The kind of {@code action}. Telegram Desktop writes a member leaving as {@code remove_members}
   * whose only member is the actor (both null for a deleted account); removed by someone else
   * otherwise.
   */
  static ServiceEvent.Kind of(String action, List<String> members, String actor) {
    if (action == null) {
      return ServiceEvent.Kind.OTHER;
    }
    return switch (action) {
      case "create_group", "create_channel" -> ServiceEvent.Kind.CREATE;
      case "invite_members", "join_group_by_link", "join_group_by_request" ->
          ServiceEvent.Kind.JOIN;
      case "remove_members" ->
          members.size() == 1 && Objects.equals(actor, members.get(0))
              ? ServiceEvent.Kind.LEAVE
              : ServiceEvent.Kind.REMOVE;
      case "pin_message" -> ServiceEvent.Kind.PIN;
      case "edit_group_title" -> ServiceEvent.Kind.TITLE;
      case "edit_group_photo", "delete_group_photo" -> ServiceEvent.Kind.PHOTO;
      case "group_call",
          "invite_to_group_call",
          "group_call_scheduled",
          "phone_call",
          "conference_call" ->
          ServiceEvent.Kind.CALL;
      case "migrate_to_supergroup", "migrate_from_group" -> ServiceEvent.Kind.MIGRATE;
      default -> ServiceEvent.Kind.OTHER;
    };
  }
}
