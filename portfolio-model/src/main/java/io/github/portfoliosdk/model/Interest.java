package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.Lists;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * An interest, with related keywords.
 *
 * @param name the interest, or null
 * @param keywords related keywords
 */
public record Interest(
        @CleanText String name,
        List<@NotBlank @CleanText String> keywords) {

    /** Copies the lists (null becomes empty), so the record stays immutable. */
    public Interest {
        keywords = Lists.copy(keywords, "keywords");
    }
}
