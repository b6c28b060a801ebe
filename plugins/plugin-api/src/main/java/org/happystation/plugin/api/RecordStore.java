package org.happystation.plugin.api;

import java.util.List;
import java.util.Optional;

/**
 * The plugin's own records: JSON documents in named collections, kept in the station server's database
 * for the context's station, private to the plugin, and kept across updates of the plugin. Every record
 * has a version; an update names the version it changes, so two kiosks cannot overwrite each other.
 *
 * <p>Collections are created on first use. Names of collections are lower-case letters, digits, dots and
 * dashes. Records are JSON objects; their top-level strings, numbers and booleans can be queried with
 * {@link #findBy}.
 */
public interface RecordStore {

    /**
     * A stored record.
     *
     * @param id the record's id, chosen by the store
     * @param version increases by one with every update
     * @param json the record as a JSON object
     */
    record StoredRecord(String id, long version, String json) {}

    /** Stores a new record and returns it with its id and version 1. */
    StoredRecord insert(String collection, String json);

    Optional<StoredRecord> find(String collection, String id);

    /**
     * Replaces a record's content.
     *
     * @throws ConcurrentChangeException when the record is no longer at {@code expectedVersion} (someone
     *     changed it since it was read) or is gone; read it again and decide
     */
    StoredRecord update(String collection, String id, long expectedVersion, String json);

    /** Deletes a record that is still at {@code expectedVersion}; see {@link #update}. */
    void delete(String collection, String id, long expectedVersion);

    /** The records whose top-level {@code field} equals {@code value} (compared as text), oldest first. */
    List<StoredRecord> findBy(String collection, String field, String value);

    /** Up to {@code limit} records of the collection, oldest first. */
    List<StoredRecord> list(String collection, int limit);

    /** The record changed or went away since it was read. */
    class ConcurrentChangeException extends RuntimeException {
        public ConcurrentChangeException(String message) {
            super(message);
        }
    }
}
