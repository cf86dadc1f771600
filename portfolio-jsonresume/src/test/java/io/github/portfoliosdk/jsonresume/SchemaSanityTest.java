package io.github.portfoliosdk.jsonresume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The schema check itself must be able to fail, or the export checks prove nothing. */
class SchemaSanityTest {

    @Test
    void theOfficialSampleIsValid() throws Exception {
        assertThat(OfficialSchema.errors(Files.readString(OfficialSchema.sample()))).isEmpty();
    }

    @Test
    void aWrongTypeABadDateAndABadUrlAreErrors() {
        assertThat(OfficialSchema.errors("{\"basics\":{\"name\":5},\"work\":[{\"startDate\":\"2019-7\"}],\"meta\":{\"canonical\":\"not a uri\"}}"))
                .hasSize(3);
    }
}
