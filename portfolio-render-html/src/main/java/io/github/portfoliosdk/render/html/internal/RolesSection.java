package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;

/** Work history (jobs and internships) or volunteering, as a timeline of roles in the portfolio's order. */
final class RolesSection implements HtmlSectionRenderer {

    private final boolean volunteering;

    RolesSection(boolean volunteering) {
        this.volunteering = volunteering;
    }

    private boolean shows(Role role) {
        return (role.kind() == RoleKind.VOLUNTEER) == volunteering;
    }

    @Override
    public boolean hasContent(Portfolio portfolio) {
        for (Role role : portfolio.roles()) {
            if (shows(role)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        context.writer().tag("ol", "pf-timeline");
        for (Role role : portfolio.roles()) {
            if (shows(role)) {
                Parts.role(context, role);
            }
        }
        context.writer().end("ol");
    }
}
