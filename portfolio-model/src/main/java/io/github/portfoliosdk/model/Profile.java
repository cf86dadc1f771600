package io.github.portfoliosdk.model;


/**
 * A profile on a social or code-hosting network.
 *
 * @param network network name ("GitHub", "X / Twitter"), or null
 * @param username user name on that network, or null
 * @param url profile URL, or null
 */
public record Profile(
        @CleanText String network,
        @CleanText String username,
        @WebUrl String url) {

    /** A profile with all three parts. */
    public static Profile of(String network, String username, String url) {
        return new Profile(network, username, url);
    }
}
