package io.github.portfoliosdk.model;

import jakarta.validation.constraints.Email;

/**
 * Direct contact details; every part is optional.
 *
 * @param email email address, or null
 * @param phone phone number as free text, or null
 * @param website personal website, or null
 */
public record Contact(
        @Email @CleanText String email,
        @CleanText String phone,
        @WebUrl String website) {

    /** Contact details with only an email address. */
    public static Contact email(String email) {
        return new Contact(email, null, null);
    }
}
