package org.happystation.kiosk.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.happystation.kiosk.residents.ResidentId;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.points.host.Relatives;
import org.happystation.points.ledger.Account;
import org.happystation.points.volunteers.Volunteer;
import org.happystation.points.volunteers.VolunteerId;
import org.happystation.points.volunteers.VolunteerService;

/**
 * Where residents and volunteers meet: a resident who registered as a volunteer with the same phone number
 * is that volunteer, and their points are the volunteer's wallet; any other resident has a resident's
 * wallet for points given by a volunteer relative. The volunteer module learns a volunteer's relatives here.
 */
@ApplicationScoped
public class ResidentWallets implements Relatives {

    @Inject
    ResidentService residents;

    @Inject
    VolunteerService volunteers;

    /** The volunteer a resident is, if any. */
    public Optional<Volunteer> volunteerOf(ResidentId resident) {
        return residents.resident(resident).flatMap(found -> volunteers.byPhoneLookup(found.phoneLookup()));
    }

    /** The volunteer a resident of the given station is, if any; residents of other stations are nobody here. */
    public Optional<Volunteer> volunteerAt(ResidentId resident, long stationId) {
        return residents
                .resident(resident)
                .filter(found -> found.station().value() == stationId)
                .flatMap(found -> volunteers.byPhoneLookup(found.phoneLookup()));
    }

    /** A resident's wallet, and the volunteer they are if any, found with one look-up. */
    public record ResidentWallet(Optional<Volunteer> volunteer, Account account) {}

    public ResidentWallet find(ResidentId resident) {
        var volunteer = volunteerOf(resident);
        return new ResidentWallet(
                volunteer,
                volunteer
                        .map(found -> Account.walletOfVolunteer(found.id().value()))
                        .orElse(Account.walletOfResident(resident.value())));
    }

    /** The wallet a resident pays from at the station's services. */
    public Account walletOf(ResidentId resident) {
        return find(resident).account();
    }

    @Override
    public List<Relative> of(VolunteerId volunteerId) {
        var volunteer = volunteers.get(volunteerId);
        var phoneLookup = volunteers.phoneLookupOf(volunteerId);
        return residents
                .byPhoneLookup(phoneLookup)
                .map(resident -> residents.relatives(resident.id()).stream()
                        .map(relative -> new Relative(relative.name(), relative.relation(), walletOf(relative.id())))
                        .filter(relative -> !relative.wallet()
                                .equals(Account.walletOfVolunteer(volunteer.id().value())))
                        .toList())
                .orElse(List.of());
    }
}
