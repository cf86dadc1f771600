package com.example.portfolio;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot application (built on Boot 3.5 and on Boot 4.0) that embeds a portfolio in its pages: it reads the portfolio at start-up, validated with
 * the application's own {@link ValidatorFactory} (Boot's {@code LocalValidatorFactoryBean}, no second Hibernate
 * Validator), and serves the HTML fragment.
 */
@SpringBootApplication
@RestController
public class PortfolioApplication {

    private final Portfolio portfolio;
    private final HtmlRenderer fragment;

    public PortfolioApplication(Portfolio portfolio, Clock clock) {
        this.portfolio = portfolio;
        this.fragment = HtmlRenderer.builder().fragment(true).clock(clock).build();
    }

    public static void main(String[] args) {
        SpringApplication.run(PortfolioApplication.class, args);
    }

    /** The portfolio, read once and validated by Spring's validator factory. */
    @Bean
    static Portfolio portfolio(ValidatorFactory validatorFactory, @Value("${portfolio.showcase}") String file) {
        return PortfolioFormat.yaml()
                .withValidator(PortfolioValidator.using(validatorFactory))
                .read(Path.of(file));
    }

    /** A fixed "now", so the page is the same on every run. */
    @Bean
    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    }

    /** The portfolio as an HTML fragment for the host page. */
    @GetMapping(path = "/portfolio", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String portfolioFragment() {
        return fragment.render(portfolio);
    }
}
