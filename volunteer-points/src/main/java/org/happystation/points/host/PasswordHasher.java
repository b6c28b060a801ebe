package org.happystation.points.host;

/** A deliberately slow password hash, the same the server uses for its own accounts. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
