package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;

/** The shell commands the terminal theme shows under section headings ({@code cat about/vinayagam.txt}); decoration only. */
final class Prompts {

    private Prompts() {
    }

    /** The command shown for a section, or null for none. */
    static String of(Section section, Portfolio portfolio) {
        return switch (section) {
            case HERO -> null;
            case ABOUT -> "cat about/" + user(portfolio) + ".txt";
            case WORK -> "git log --oneline work/";
            case PROJECTS -> "ls projects/";
            case SYSTEM_DESIGN -> "cat architecture/" + RenderContext.slug(portfolio.systemDesign() == null ? null
                    : portfolio.systemDesign().id(), "overview") + ".txt";
            case DESIGN_NOTES -> "cat notes/system-design.md";
            case SKILLS -> "cat skills/all.txt";
            case FOCUS -> "cat focus/current.txt";
            case CONTACT -> "./contact --info";
            default -> "cat " + section.id() + ".txt";
        };
    }

    /** The person's first name as a shell user name ("vinayagam"). */
    static String user(Portfolio portfolio) {
        String name = portfolio.person().name().strip();
        int space = name.indexOf(' ');
        return RenderContext.slug(space > 0 ? name.substring(0, space) : name, "me");
    }
}
