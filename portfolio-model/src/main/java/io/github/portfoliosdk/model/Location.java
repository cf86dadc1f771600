package io.github.portfoliosdk.model;

import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A postal location; every part is optional.
 *
 * @param address street address, or null
 * @param postalCode postal code, or null
 * @param city city, or null
 * @param region region or state ("Tamil Nadu"), or null
 * @param countryCode ISO 3166-1 alpha-2 country code ("IN"), or null
 */
public record Location(
        @CleanText String address,
        @CleanText String postalCode,
        @CleanText String city,
        @CleanText String region,
        @CleanText String countryCode) {

    /**
     * The country's English name derived from {@link #countryCode()} ("India" for "IN"), or the code itself
     * when it is not a known ISO code; empty when there is no code.
     */
    public Optional<String> country() {
        if (countryCode == null || countryCode.isBlank()) {
            return Optional.empty();
        }
        String code = countryCode.strip();
        if (code.length() == 2) {
            String name = new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
            if (!name.isEmpty() && !name.equalsIgnoreCase(code)) {
                return Optional.of(name);
            }
        }
        return Optional.of(code);
    }

    /** City and country code, as a hero line shows them ("Chennai, IN"); empty parts are left out. */
    public String shortForm() {
        return join(city, countryCode);
    }

    /** City, region and country name ("Chennai, Tamil Nadu, India"); empty parts are left out. */
    public String longForm() {
        return join(city, region, country().orElse(null));
    }

    private static String join(String... parts) {
        StringJoiner joiner = new StringJoiner(", ");
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joiner.add(part.strip());
            }
        }
        return joiner.toString();
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this location's values, for making an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.address = address;
        b.postalCode = postalCode;
        b.city = city;
        b.region = region;
        b.countryCode = countryCode;
        return b;
    }

    /** Builds a {@link Location} step by step; not thread-safe, use one per thread. */
    public static final class Builder {
        private String address;
        private String postalCode;
        private String city;
        private String region;
        private String countryCode;

        private Builder() {
        }

        /** Sets the address. */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /** Sets the postalCode. */
        public Builder postalCode(String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        /** Sets the city. */
        public Builder city(String city) {
            this.city = city;
            return this;
        }

        /** Sets the region. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** Sets the countryCode. */
        public Builder countryCode(String countryCode) {
            this.countryCode = countryCode;
            return this;
        }

        /** Builds the location; checked when the portfolio holding it is validated. */
        public Location build() {
            return new Location(address, postalCode, city, region, countryCode);
        }
    }
}
