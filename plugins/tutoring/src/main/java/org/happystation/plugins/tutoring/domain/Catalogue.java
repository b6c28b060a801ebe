package org.happystation.plugins.tutoring.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.RecordStore.StoredRecord;
import org.happystation.plugin.api.ResidentInfo;

/** The manager's definitions at one station: terms, rooms, tutors and classes, in the plugin's records. */
public final class Catalogue {

    static final String ROOMS = "rooms";
    static final String TUTORS = "tutors";
    private static final int ALL = 10_000;

    private final RecordStore records;

    public Catalogue(RecordStore records) {
        this.records = records;
    }

    // --- terms ---------------------------------------------------------------------------------------

    /** The terms, latest first. */
    public List<Term> terms() {
        return records.list(Term.COLLECTION, ALL).stream()
                .map(Term::from)
                .sorted(Comparator.comparing(Term::first).reversed())
                .toList();
    }

    public Optional<Term> term(String id) {
        return records.find(Term.COLLECTION, id).map(Term::from);
    }

    /** Stores a new term or a change of a stored one (refused when someone changed it meanwhile). */
    public Term save(Term term) {
        StoredRecord stored = term.id().isEmpty()
                ? records.insert(Term.COLLECTION, term.toJson())
                : records.update(Term.COLLECTION, term.id(), term.version(), term.toJson());
        return Term.from(stored);
    }

    // --- classes -------------------------------------------------------------------------------------

    /** Every class, closed ones too, by name. */
    public List<TutoringClass> classes() {
        return records.list(TutoringClass.COLLECTION, ALL).stream()
                .map(TutoringClass::from)
                .sorted(Comparator.comparing(TutoringClass::name))
                .toList();
    }

    /** The classes that still run. */
    public List<TutoringClass> openClasses() {
        return classes().stream().filter(c -> !c.closed()).toList();
    }

    /** The open classes whose term has not ended on {@code today}: those residents may still join. */
    public List<TutoringClass> joinableClasses(LocalDate today) {
        return openClasses().stream()
                .filter(c ->
                        term(c.termId()).map(t -> !t.last().isBefore(today)).orElse(false))
                .toList();
    }

    public Optional<TutoringClass> findClass(String id) {
        return records.find(TutoringClass.COLLECTION, id).map(TutoringClass::from);
    }

    /** The class's term; every class has one, since a term is never deleted. */
    public Term termOf(TutoringClass tutoringClass) {
        return term(tutoringClass.termId()).orElseThrow(() -> new TutoringException("class.term-missing"));
    }

    /** Stores a new class (checking that its term exists) or a change of a stored one. */
    public TutoringClass save(TutoringClass tutoringClass) {
        if (term(tutoringClass.termId()).isEmpty()) {
            throw new TutoringException("class.term-missing");
        }
        StoredRecord stored = tutoringClass.id().isEmpty()
                ? records.insert(TutoringClass.COLLECTION, tutoringClass.toJson())
                : records.update(
                        TutoringClass.COLLECTION, tutoringClass.id(), tutoringClass.version(), tutoringClass.toJson());
        return TutoringClass.from(stored);
    }

    /** Closes a class (no more enrolment or sessions), or opens it again. */
    public TutoringClass setClosed(TutoringClass tutoringClass, boolean closed) {
        return save(tutoringClass.withClosed(closed));
    }

    void delete(TutoringClass tutoringClass) {
        records.delete(TutoringClass.COLLECTION, tutoringClass.id(), tutoringClass.version());
    }

    /** The open classes a resident teaches. */
    public List<TutoringClass> taughtBy(long residentId) {
        return openClasses().stream()
                .filter(c -> c.tutor().residentId() == residentId)
                .toList();
    }

    // --- rooms ---------------------------------------------------------------------------------------

    /** The rooms' names, in the order they were added. */
    public List<String> rooms() {
        return records.list(ROOMS, ALL).stream()
                .map(stored -> Json.text(Json.parseObject(stored.json()), "name"))
                .toList();
    }

    /** Adds a room; a blank or known name changes nothing. */
    public void addRoom(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new TutoringException("room.name-missing");
        }
        if (!rooms().contains(clean)) {
            records.insert(ROOMS, Json.write(Map.of("name", clean)));
        }
    }

    /** Removes a room from the list; classes keep the room they name. */
    public void removeRoom(String name) {
        records.findBy(ROOMS, "name", name).forEach(stored -> records.delete(ROOMS, stored.id(), stored.version()));
    }

    // --- tutors --------------------------------------------------------------------------------------

    /** The tutors, in the order they were added. */
    public List<Tutor> tutors() {
        return records.list(TUTORS, ALL).stream().map(Catalogue::tutor).toList();
    }

    /** Adds a volunteer as a tutor; adding one twice keeps one. */
    public void addTutor(ResidentInfo resident, boolean isVolunteer) {
        if (!isVolunteer) {
            throw new TutoringException("tutor.not-volunteer", resident.name());
        }
        if (records.findBy(TUTORS, "residentId", String.valueOf(resident.id())).isEmpty()) {
            records.insert(
                    TUTORS,
                    Json.write(Map.of(
                            "residentId", resident.id(), "name", resident.name(), "birthYear", resident.birthYear())));
        }
    }

    /** Removes a tutor from the list; their classes keep them until the manager picks another. */
    public void removeTutor(long residentId) {
        records.findBy(TUTORS, "residentId", String.valueOf(residentId))
                .forEach(stored -> records.delete(TUTORS, stored.id(), stored.version()));
    }

    private static Tutor tutor(StoredRecord stored) {
        Map<String, Object> json = Json.parseObject(stored.json());
        return new Tutor(
                Json.number(json, "residentId"), Json.text(json, "name"), (int) Json.number(json, "birthYear"));
    }
}
