package io.github.portfoliosdk.render.pdf.internal;

import static io.github.portfoliosdk.render.pdf.internal.CvContext.DOT;
import static io.github.portfoliosdk.render.pdf.internal.CvContext.present;

import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Roles of some kinds (work history, or volunteering): title and organization, when and where, highlights. */
final class RolesSection implements CvSection {

    private final Set<RoleKind> kinds;

    RolesSection(Set<RoleKind> kinds) {
        this.kinds = Set.copyOf(kinds);
    }

    @Override
    public void write(Portfolio portfolio, CvContext context) {
        XhtmlWriter w = context.writer();
        List<Role> roles = portfolio.roles();
        for (int i = 0; i < roles.size(); i++) {
            if (kinds.contains(roles.get(i).kind())) {
                role(roles.get(i), "roles[" + i + "]", context, w);
            }
        }
    }

    private static void role(Role role, String path, CvContext context, XhtmlWriter w) {
        Organization organization = role.organization();
        w.start("div", "class", "entry").start("div", "class", "keep");
        w.start("h3");
        if (present(role.title())) {
            w.text(path + ".title", role.title());
        }
        if (organization != null && present(organization.displayName())) {
            if (present(role.title())) {
                w.label(DOT);
            }
            w.link(path + ".organization.name", organization.fullName(), organization.url());
        } else if (!present(role.title())) {
            w.label(context.label(role.kind() == RoleKind.VOLUNTEER ? "volunteering" : "role"));
        }
        w.end();
        Blocks.meta(w, null, context.period(role.period()), path + ".location",
                role.locationLine(mode -> context.label("work-mode." + mode.name().toLowerCase(Locale.ROOT))),
                null, role.kind() == RoleKind.INTERNSHIP ? context.label("internship") : null);
        // the heading keeps its first lines: the summary, or else the first highlight
        boolean summary = present(role.summary());
        Blocks.paragraph(w, "summary", path + ".summary", role.summary());
        int kept = summary ? 0 : 1;
        Blocks.bullets(w, path + ".highlights", role.highlights(), 0, kept);
        w.end();
        if (organization != null) {
            Blocks.paragraph(w, "note", path + ".organization.description", organization.description());
        }
        Blocks.bullets(w, path + ".highlights", role.highlights(), kept, Integer.MAX_VALUE);
        Blocks.metrics(w, path + ".metrics", role.metrics());
        Blocks.labelledList(w, context.field("tech"), path + ".technologies", role.technologies());
        w.end();
    }
}
