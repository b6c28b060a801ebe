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

    private final KioskId kiosk;
    private final StationId station;
    private SignedInResident resident;
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
    }

    public void signOut() {
        this.resident = null;
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
