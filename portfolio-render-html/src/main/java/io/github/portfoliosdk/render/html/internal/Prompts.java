package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;
import java.util.Map;
import java.util.function.Function;

/** The shell commands the terminal theme shows under section headings ({@code cat about/vinayagam.txt}); decoration only. */
final class Prompts {

    /** The sections whose command is not {@code cat <id>.txt}. */
    private static final Map<Section, Function<Portfolio, String>> OWN = Map.of(
            Section.ABOUT, portfolio -> "cat about/" + user(portfolio) + ".txt",
            Section.WORK, portfolio -> "git log --oneline work/",
            Section.PROJECTS, portfolio -> "ls projects/",
            Section.SYSTEM_DESIGN, portfolio -> "cat architecture/" + RenderContext.slug(
                    portfolio.systemDesign() == null ? null : portfolio.systemDesign().id(), "overview") + ".txt",
            Section.DESIGN_NOTES, portfolio -> "cat notes/system-design.md",
            Section.SKILLS, portfolio -> "cat skills/all.txt",
            Section.FOCUS, portfolio -> "cat focus/current.txt",
            Section.CONTACT, portfolio -> "./contact --info");

    private Prompts() {
    }

    /** The command shown for a section, or null for none (the hero). */
    static String of(Section section, Portfolio portfolio) {
        if (section.equals(Section.HERO)) {
            return null;
        }
        Function<Portfolio, String> own = OWN.get(section);
        return own != null ? own.apply(portfolio) : "cat " + section.id() + ".txt";
    }

    /** The person's first name as a shell user name ("vinayagam"). */
    static String user(Portfolio portfolio) {
        String name = portfolio.person().name().strip();
        int space = name.indexOf(' ');
        return RenderContext.slug(space > 0 ? name.substring(0, space) : name, "me");
    }
}
