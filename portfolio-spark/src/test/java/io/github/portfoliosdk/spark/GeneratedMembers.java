package io.github.portfoliosdk.spark;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Location;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A member directory made from the showcase portfolio: member {@code i} has its own name, headline, city and number
 * of skills, and is written as a JSON Resume document (even {@code i}) or in our JSON format (odd {@code i}). A few are
 * broken on purpose, each in a way a real directory meets: every 997th has a blank name (a validation error at a
 * line and column), every 1009th is cut off in the middle (a syntax error).
 */
final class GeneratedMembers {

    private static final String[] HEADLINES = {"Backend Engineer", "Data Engineer", "Site Reliability Engineer",
        "Platform Engineer", "Staff Engineer <Payments>", "Tech Lead & Mentor"};
    private static final String[] CITIES = {"Singapore", "Chennai", "Berlin", "São Paulo", "Zürich", "Toronto"};

    private GeneratedMembers() {
    }

    /** The showcase portfolio, as the build's property names it. */
    static Portfolio showcase() {
        return PortfolioFiles.read(Path.of(System.getProperty("portfolio.showcase")), ReadOptions.STRICT).portfolio();
    }

    /** Whether member {@code i} is broken on purpose. */
    static boolean broken(int i) {
        return i % 997 == 5 || i % 1009 == 7;
    }

    /** Writes members {@code 0..count-1} into the folder as {@code member-NNNNN.json}; returns their files. */
    static List<Path> write(Path folder, int count) {
        Portfolio showcase = showcase();
        JsonResumeRenderer jsonResume = JsonResumeRenderer.builder().build();
        PortfolioFormat json = PortfolioFormat.json();
        List<Path> files = new ArrayList<>(count);
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                Portfolio member = member(showcase, i);
                String document = i % 2 == 0 ? jsonResume.render(member) : json.write(member);
                if (i % 997 == 5) {
                    document = document.replace("\"Member " + i + "\"", "\"  \"");
                } else if (i % 1009 == 7) {
                    document = document.substring(0, document.length() / 2);
                }
                Path file = folder.resolve(String.format("member-%05d.json", i));
                Files.writeString(file, document, StandardCharsets.UTF_8);
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Member {@code i}: the showcase under another name, headline and city, with some of its skills. */
    static Portfolio member(Portfolio showcase, int i) {
        Person person = showcase.person();
        Location location = person.location();
        Person.Builder changed = person.toBuilder().name("Member " + i).headline(HEADLINES[i % HEADLINES.length]);
        if (location != null) {
            changed.location(location.toBuilder().city(CITIES[i % CITIES.length]).build());
        }
        int skills = showcase.skills().size();
        return showcase.toBuilder()
                .person(changed.build())
                .skills(showcase.skills().subList(0, skills == 0 ? 0 : 1 + i % skills))
                .build();
    }
}
