package org.happystation.kiosk.shell;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import org.happystation.kiosk.residents.ResidentId;
import org.happystation.kiosk.stations.KioskId;
import org.happystation.kiosk.stations.StationId;

/**
 * What one kiosk browser knows right now: which kiosk it is and who is signed in. Kept in the Vaadin
 * session; {@link #reset()} forgets the resident and the language so the next person starts afresh.
 */
public class KioskSession implements Serializable {

    /** A resident signed in at this kiosk. */
    public record SignedInResident(ResidentId id, String name) implements Serializable {}

    /** The relative a signed-in resident acts for ("for my mother"); what they do is done on the relative's behalf. */
    public record ActingFor(ResidentId id, String name, String relation) implements Serializable {}

    private final KioskId kiosk;
    private final StationId station;
    private SignedInResident resident;
    private ActingFor actingFor;
    private Long helpCall;

    public KioskSession(KioskId kiosk, StationId station) {
        this.kiosk = kiosk;
        this.station = station;
    }

    public static Optional<KioskSession> current() {
        var session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(KioskSession.class));
    }

    public static void open(KioskSession kioskSession) {
        VaadinSession.getCurrent().setAttribute(KioskSession.class, kioskSession);
    }

    /** Drops everything this browser knew: the resident, and which kiosk it is (checked again next time). */
    public static void forget() {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(KioskSession.class, null);
        }
    }

    public KioskId kiosk() {
        return kiosk;
    }

    public StationId station() {
        return station;
    }

    public Optional<SignedInResident> resident() {
        return Optional.ofNullable(resident);
    }

    public void signIn(SignedInResident resident) {
        this.resident = resident;
        this.actingFor = null;
    }

    public void signOut() {
        this.resident = null;
        this.actingFor = null;
    }

    public Optional<ActingFor> actingFor() {
        return Optional.ofNullable(actingFor);
    }

    /** Acts for a relative from now on; {@code null} acts for oneself again. Only with someone signed in. */
    public void actFor(ActingFor relative) {
        this.actingFor = resident == null ? null : relative;
    }

    /** The staff notification of this kiosk's open call for help, if someone pressed "call staff". */
    public Optional<Long> helpCall() {
        return Optional.ofNullable(helpCall);
    }

    public void calledForHelp(long notificationId) {
        this.helpCall = notificationId;
    }

    /** Whether there is anything of a previous user to clear. */
    public boolean inUse(Locale currentLocale) {
        return resident != null
                || helpCall != null
                || !Locale.CHINESE.getLanguage().equals(currentLocale.getLanguage());
    }
}
