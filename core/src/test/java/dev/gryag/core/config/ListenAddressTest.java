package dev.gryag.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListenAddressTest {

  private static final Setting<ListenAddress> LISTEN =
      Setting.of(
          "X_LISTEN", SettingGroup.ADVANCED, SettingTypes.listenAddress(), "", "Where to listen.");
  private static final Setting<Integer> PORT =
      Setting.of("X_PORT", SettingGroup.ADVANCED, SettingTypes.integer(0, 65_535), "9464", "Port.");

  private static ListenAddress resolve(Map<String, String> values) {
    return ListenAddress.resolve(Configuration.of(List.of(LISTEN, PORT), values), LISTEN, PORT);
  }

  @Test
  void hostAndPortAreReadAndWrittenTheSameWay() {
    assertThat(ListenAddress.parse("0.0.0.0:9464")).isEqualTo(new ListenAddress("0.0.0.0", 9464));
    assertThat(ListenAddress.parse("[::]:8443")).isEqualTo(new ListenAddress("::", 8443));
    assertThat(new ListenAddress("::", 8443)).hasToString("[::]:8443");
    assertThat(SettingTypes.listenAddress().parse("")).isNull();
    assertThatThrownBy(() -> ListenAddress.parse("9464")).hasMessageContaining("host:port");
    assertThatThrownBy(() -> ListenAddress.parse("::1:80")).hasMessageContaining("brackets");
    assertThatThrownBy(() -> ListenAddress.parse("0.0.0.0:http"))
        .hasMessageContaining("port from 0 to 65535");
    assertThatThrownBy(() -> ListenAddress.parse("0.0.0.0:70000"))
        .hasMessageContaining("port from 0 to 65535");
  }

  @Test
  void withoutTheListenKeyTheServerListensOnLoopbackAtThePortKey() {
    assertThat(resolve(Map.of())).isEqualTo(new ListenAddress("127.0.0.1", 9464));
    assertThat(resolve(Map.of("X_PORT", "9000"))).isEqualTo(new ListenAddress("127.0.0.1", 9000));
  }

  @Test
  void theListenKeyWinsAndMustAgreeWithAPortKeySetBesideIt() {
    assertThat(resolve(Map.of("X_LISTEN", "0.0.0.0:9100")))
        .isEqualTo(new ListenAddress("0.0.0.0", 9100));
    assertThat(resolve(Map.of("X_LISTEN", "0.0.0.0:9100", "X_PORT", "9100")))
        .isEqualTo(new ListenAddress("0.0.0.0", 9100));
    assertThatThrownBy(() -> resolve(Map.of("X_LISTEN", "0.0.0.0:9100", "X_PORT", "9000")))
        .hasMessage(
            "X_LISTEN (0.0.0.0:9100) and X_PORT (9000) disagree on the port: set only X_LISTEN");
  }
}
