package io.github.portfoliosdk.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.render.html.HtmlWriter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one place that marks the user's text: what it adds, and the per-field language a caller may plug in. */
class UserTextTest {

    private static String element(UserText marks, String text) {
        StringBuilder out = new StringBuilder();
        marks.element(new HtmlWriter(out), "p", null, text);
        return out.toString();
    }

    private static String inline(UserText marks, String text) {
        StringBuilder out = new StringBuilder();
        marks.inline(new HtmlWriter(out), text);
        return out.toString();
    }

    @Test
    void textInThePagesLanguageGetsNoMarks() {
        UserText marks = new UserText(Locale.ENGLISH, Locale.ENGLISH);
        assertThat(element(marks, "Building APIs.")).isEqualTo("<p>Building APIs.</p>");
        assertThat(inline(marks, "Building APIs.")).isEqualTo("Building APIs.");
    }

    @Test
    void englishTextOnAnArabicPageGetsItsLanguageAndDirection() {
        UserText marks = new UserText(Locale.forLanguageTag("ar"), Locale.ENGLISH);
        assertThat(element(marks, "200K+")).isEqualTo("<p lang=\"en\" dir=\"ltr\">200K+</p>");
        assertThat(inline(marks, "200K+")).isEqualTo("<bdi lang=\"en\" dir=\"ltr\">200K+</bdi>");
    }

    @Test
    void englishTextOnAFrenchPageGetsOnlyItsLanguage() {
        UserText marks = new UserText(Locale.FRENCH, Locale.ENGLISH);
        assertThat(inline(marks, "Building APIs.")).isEqualTo("<span lang=\"en\">Building APIs.</span>");
    }

    @Test
    void aFieldInAnotherLanguageThanTheRestIsMarkedWithItsOwn() {
        // a translation that fell back to the original for one field: the function answers for it, null for the rest
        Map<String, Locale> fallbacks = Map.of("Softwareentwickler", Locale.GERMAN);
        UserText marks = new UserText(Locale.ENGLISH, Locale.ENGLISH, fallbacks::get);
        assertThat(element(marks, "Softwareentwickler")).isEqualTo("<p lang=\"de\">Softwareentwickler</p>");
        assertThat(element(marks, "Software engineer")).isEqualTo("<p>Software engineer</p>");
    }
}
