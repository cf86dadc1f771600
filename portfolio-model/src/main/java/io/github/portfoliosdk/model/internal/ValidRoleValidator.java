package io.github.portfoliosdk.model.internal;

import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.ValidRole;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidRole}: a title, or an organization with a name or a short name (not blank). */
public final class ValidRoleValidator implements ConstraintValidator<ValidRole, Role> {

    @Override
    public boolean isValid(Role role, ConstraintValidatorContext context) {
        if (role == null || present(role.title())) {
            return true;
        }
        Organization organization = role.organization();
        return organization != null && (present(organization.name()) || present(organization.shortName()));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
