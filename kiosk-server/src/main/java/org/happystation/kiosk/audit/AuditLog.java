package org.happystation.kiosk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.StationId;

/** Records changes (joining the caller's transaction) and lets the city administrator read them. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "station")
    EntityManager em;

    @Inject
    Clock clock;

    /** Writes an entry in the current transaction, so it exists exactly when the change does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, StationId station, String action, String subject, String details) {
        em.persist(new AuditEntry(
                clock.instant(), actor.username(), station == null ? null : station.value(), action, subject, details));
    }

    /** The newest entries first. */
    @Transactional
    public List<AuditEntry> latest(Actor reader, int limit) {
        reader.requireCityAdmin();
        return em.createQuery("select e from AuditEntry e order by e.at desc, e.id desc", AuditEntry.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
