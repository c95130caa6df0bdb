package dev.gryag.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundUrlsTest {

  private static void check(String url) {
    URI uri = URI.create(url);
    OutboundUrls.check(uri.getScheme(), uri.getHost());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://api.telegram.org",
        "HTTPS://generativelanguage.googleapis.com/v1beta",
        "https://10.0.0.5:8443/v1",
        "http://127.0.0.1:11434/v1",
        "http://127.255.0.9/",
        "http://[::1]:8080/v1",
        "http://[0:0:0:0:0:0:0:1]/",
        "http://localhost:8081",
        "http://LocalHost/"
      })
  void httpsAnywhereAndPlainHttpToThisMachineAreAllowed(String url) {
    assertThatCode(() -> check(url)).doesNotThrowAnyException();
  }

  @Test
  void plainHttpToAnotherHostIsRefusedNamingTheHost() {
    assertThatThrownBy(() -> check("http://example.com/v1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected https://, or http:// only to localhost, 127.0.0.0/8 or [::1]; plain http://"
                + " to example.com would send credentials in the clear");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1.evil.com/",
        "http://localhost.evil.com/",
        "http://evil-localhost/",
        "http://128.0.0.1/",
        "http://127.0.0.256/",
        "http://127.1/",
        "http://2130706433/",
        "http://0.0.0.0:8080/",
        "http://10.0.0.5:11434/v1",
        "http://[::]/",
        "http://[::2]/",
        "http://[fe80::1]/"
      })
  void plainHttpToAnythingThatIsNotALoopbackLiteralIsRefused(String url) {
    assertThatThrownBy(() -> check(url))
        .hasMessageContaining("would send credentials in the clear");
  }

  @Test
  void otherSchemesAreRefusedNamingTheScheme() {
    assertThatThrownBy(() -> check("ftp://127.0.0.1/pub")).hasMessageEndingWith("; not ftp://");
    assertThatThrownBy(() -> OutboundUrls.check(null, "example.com"))
        .hasMessageEndingWith("; not a URL without a scheme");
  }

  @Test
  void theMessageNamesSchemeAndHostButNothingElseOfTheUrl() {
    assertThatThrownBy(() -> check("http://user:hunter2@proxy.example/bot123:AAHsecret/"))
        .message()
        .contains("proxy.example")
        .doesNotContain("hunter2")
        .doesNotContain("AAHsecret");
  }

  @Test
  void loopbackIsDecidedWithoutALookup() {
    assertThat(OutboundUrls.isLoopback("::1")).isTrue();
    assertThat(OutboundUrls.isLoopback("[::ffff:127.0.0.1]")).isTrue();
    assertThat(OutboundUrls.isLoopback("[::1")).isFalse();
    assertThat(OutboundUrls.isLoopback("")).isFalse();
    assertThat(OutboundUrls.isLoopback(null)).isFalse();
  }
}
