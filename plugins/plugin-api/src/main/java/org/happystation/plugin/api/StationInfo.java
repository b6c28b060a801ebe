package org.happystation.plugin.api;

/**
 * A station as plugins see it.
 *
 * @param id the host's identity of the station; stable, use it to key records
 * @param code the station's short code (for example LX-001)
 * @param name the station's name (for example 灵西社区幸福驿站)
 */
public record StationInfo(long id, String code, String name) {}
