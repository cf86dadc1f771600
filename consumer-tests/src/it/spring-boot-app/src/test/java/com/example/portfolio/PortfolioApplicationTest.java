package com.example.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioValidator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** The application really starts, serves the showcase's fragment over HTTP, and validates with Spring's factory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortfolioApplicationTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ValidatorFactory validatorFactory;

    @Autowired
    Portfolio portfolio;

    @Test
    void servesTheShowcaseAsAnHtmlFragment() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portfolio")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        String body = response.body();
        assertThat(body).as("a fragment, not a page").doesNotContain("<html", "<head", "<body").contains("class=\"pf-");
        assertThat(body).contains(portfolio.person().name(), portfolio.roles().get(0).title(),
                portfolio.projects().get(0).name());
        assertThat(body).doesNotContain("<script");
    }

    @Test
    void thePortfolioIsValidatedBySpringsValidatorFactory() {
        assertThat(validatorFactory).isInstanceOf(LocalValidatorFactoryBean.class);
        Validator validator = validatorFactory.getValidator();
        assertThat(validator.getConstraintsForClass(Portfolio.class).isBeanConstrained()).isTrue();

        String broken = """
                person:
                  name: Ada
                roles:
                  - title: Analyst
                    period:
                      start: 1843-05
                      end: 1842-01
                  - period:
                      start: 1843-05
                projects:
                  - id: note-g
                    name: Note G
                    roleId: engines
                """;
        PortfolioFormat format = PortfolioFormat.yaml().withValidator(PortfolioValidator.using(validatorFactory));
        assertThatThrownBy(() -> format.read(broken, "broken.yaml"))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessage(String.join(System.lineSeparator(), "3 problems",
                        "broken.yaml:7:12: roles[0].period.end: 1842-01 is before the start 1843-05",
                        "broken.yaml:8:5: roles[1]: needs a title or an organization name",
                        "broken.yaml:13:13: projects[0].roleId: no role has the id 'engines' (no role has an id)"));
    }

    @Test
    void reportsWhichValidatorAndJacksonBootChose() {
        String validatorVersion = HibernateValidator.class.getPackage().getImplementationVersion();
        System.out.println("Hibernate Validator " + validatorVersion
                + ", Jakarta Validation from " + jakarta.validation.Validation.class.getProtectionDomain().getCodeSource().getLocation()
                + ", Jackson " + tools.jackson.databind.json.JsonMapper.builder().build().version()
                + ", Jackson annotations " + com.fasterxml.jackson.annotation.JsonProperty.class.getPackage().getImplementationVersion());
        assertThat(validatorVersion).startsWith(System.getProperty("expected.hibernate-validator"));
    }
}
