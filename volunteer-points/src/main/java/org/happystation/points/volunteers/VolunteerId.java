package org.happystation.points.volunteers;

public record VolunteerId(long value) {

    public VolunteerId {
        if (value <= 0) {
            throw new IllegalArgumentException("A volunteer id is positive: " + value);
        }
    }

    /** The principal name under which the server signs a volunteer in. */
    public String principalName() {
        return PRINCIPAL_PREFIX + value;
    }

    public static final String PRINCIPAL_PREFIX = "volunteer-";

    public static java.util.Optional<VolunteerId> fromPrincipal(String name) {
        if (name == null || !name.startsWith(PRINCIPAL_PREFIX)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new VolunteerId(Long.parseLong(name.substring(PRINCIPAL_PREFIX.length()))));
        } catch (IllegalArgumentException notOurs) {
            return java.util.Optional.empty();
        }
    }
}
