package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.hardening.PortfolioGenerator.Shape;
import io.github.portfoliosdk.hardening.TextFields.TextField;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioValidator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generator behind every property: valid portfolios, reproducible from their seed, of every shape and text. */
@ExtendWith(NamesTheCase.class)
class PortfolioGeneratorTest {

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.github.portfoliosdk.hardening.Generated#seeds")
    void everyGeneratedPortfolioIsValid(long seed) {
        Portfolio portfolio = PortfolioGenerator.generate(seed);

        assertThat(PortfolioValidator.validate(portfolio)).as("problems of the %s portfolio of seed %d",
                PortfolioGenerator.shapeOf(seed), seed).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSamePortfolio() {
        assertThat(PortfolioGenerator.generate(42)).isEqualTo(PortfolioGenerator.generate(42));
        assertThat(PortfolioGenerator.generate(42)).isNotEqualTo(PortfolioGenerator.generate(43));
    }

    @Test
    void twoHundredSeedsCoverEveryShapeHundredsOfRolesAndEveryKindOfText() {
        Set<Shape> shapes = EnumSet.noneOf(Shape.class);
        Set<String> fieldNames = new HashSet<>();
        int mostRoles = 0;
        StringBuilder allText = new StringBuilder();
        for (long seed : LongStream.range(0, 200).toArray()) {
            shapes.add(PortfolioGenerator.shapeOf(seed));
            Portfolio portfolio = PortfolioGenerator.generate(seed);
            mostRoles = Math.max(mostRoles, portfolio.roles().size());
            for (TextField field : TextFields.of(portfolio)) {
                fieldNames.add(field.name());
                allText.append(field.value()).append('\u0000');
            }
        }
        String text = allText.toString();

        assertThat(shapes).containsExactlyInAnyOrder(Shape.values());
        assertThat(mostRoles).isGreaterThanOrEqualTo(100);
        assertThat(fieldNames).contains("name", "headline", "title", "summary", "highlights", "caption", "edgeLabel",
                "label", "text", "detail", "url", "email", "countryCode", "levelText", "courses", "lastModified",
                "image", "imageDark");
        assertThat(text).contains("<script>alert(1)</script>", "</script>", "]]>", "*_[]()#|", "`", "{{", "%%",
                "\n", "\t", "עברית", "العربية", "中文字符", "👩‍💻", "e\u0301", "\u202E");
        assertThat(text.codePoints().anyMatch(Character::isSupplementaryCodePoint)).isTrue();
        assertThat(List.of("- ", "1. ", "> ")).allMatch(start -> text.contains("\u0000" + start));
    }
}
