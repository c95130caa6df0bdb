package dev.gryag.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void thePasswordOfTheUserInfoIsMasked() {
    assertThat(Redaction.url("postgresql://gryag:s3cret@db.example/gryag"))
        .isEqualTo("postgresql://gryag:****@db.example/gryag");
    assertThat(Redaction.url("jdbc:postgresql://gryag:s3cret@db.example/gryag"))
        .isEqualTo("jdbc:postgresql://gryag:****@db.example/gryag");
    assertThat(Redaction.url("https://user:s3cret@proxy.example/v1"))
        .isEqualTo("https://user:****@proxy.example/v1");
  }

  @Test
  void everyParameterNamedLikeASecretIsMasked() {
    assertThat(
            Redaction.url(
                "jdbc:postgresql://db/x?user=bot&password=s1&sslpassword=s2&sslmode=require"))
        .isEqualTo(
            "jdbc:postgresql://db/x?user=bot&password=****&sslpassword=****&sslmode=require");
    assertThat(Redaction.url("https://proxy.example/v1?api_key=s3&apiKey=s4&x-api-key=s5#top"))
        .isEqualTo("https://proxy.example/v1?api_key=****&apiKey=****&x-api-key=****#top");
    assertThat(Redaction.url("https://hook.example/in?token=s6&access_token=s7&client_secret=s8"))
        .isEqualTo("https://hook.example/in?token=****&access_token=****&client_secret=****");
    assertThat(Redaction.url("https://files.example/a?sig=s9&Signature=s10&pwd=s11&v=2"))
        .isEqualTo("https://files.example/a?sig=****&Signature=****&pwd=****&v=2");
  }

  @Test
  void whatHoldsNoSecretIsShownAsItIs() {
    String plain = "https://api.example/v1beta?alt=sse&keywords=tokens&key_count=3";
    assertThat(Redaction.url(plain)).isEqualTo(plain);
    assertThat(Redaction.url("postgres://gryag@db.example/gryag"))
        .isEqualTo("postgres://gryag@db.example/gryag");
    assertThat(Redaction.url(null)).isNull();
  }
}
