package io.github.portfoliosdk.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Telling JSON Resume from our format by content. */
class InputKindTest {

    @Test
    void aJsonObjectWithBasicsAndNoPersonIsJsonResume() {
        assertThat(InputKind.detect("{\"$schema\": \"x\", \"basics\": {\"name\": \"Ada\"}, \"work\": []}")).isEqualTo(InputKind.JSON_RESUME);
        assertThat(InputKind.detect("\uFEFF\n  {\"basics\": {}}")).isEqualTo(InputKind.JSON_RESUME);
    }

    @Test
    void ourJsonAndYamlAreNative() {
        assertThat(InputKind.detect("{\"person\": {\"name\": \"Ada\"}}")).isEqualTo(InputKind.NATIVE);
        assertThat(InputKind.detect("{\"person\": {\"name\": \"Ada\"}, \"basics\": {}}")).isEqualTo(InputKind.NATIVE);
        assertThat(InputKind.detect("person:\n  name: Ada\n")).isEqualTo(InputKind.NATIVE);
    }

    @Test
    void onlyTopLevelKeysCount() {
        assertThat(InputKind.detect("{\"person\": {\"basics\": {}}}")).isEqualTo(InputKind.NATIVE);
        assertThat(InputKind.detect("{\"meta\": {\"person\": 1}, \"basics\": {}}")).isEqualTo(InputKind.JSON_RESUME);
    }

    @Test
    void brokenJsonIsJudgedByTheKeysBeforeTheErrorSoTheRightReaderReportsIt() {
        assertThat(InputKind.detect("{\"basics\": {\"name\": \"Ada\",}")).isEqualTo(InputKind.JSON_RESUME);
        assertThat(InputKind.detect("{\"person\": ")).isEqualTo(InputKind.NATIVE);
        assertThat(InputKind.detect("")).isEqualTo(InputKind.NATIVE);
    }
}
