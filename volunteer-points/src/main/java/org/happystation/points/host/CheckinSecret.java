package org.happystation.points.host;

/**
 * The server's secret from which every station's check-in signing key is derived. Every node of a city
 * cluster must give the same secret, or a code shown by one node is refused by another.
 */
public interface CheckinSecret {

    byte[] bytes();
}
