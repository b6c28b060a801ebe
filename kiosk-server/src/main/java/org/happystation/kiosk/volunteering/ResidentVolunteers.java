package org.happystation.kiosk.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.happystation.kiosk.residents.ResidentId;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.points.volunteers.Volunteer;
import org.happystation.points.volunteers.VolunteerService;

/** The volunteer a resident is, if any: the one registered with the same phone number. */
@ApplicationScoped
public class ResidentVolunteers {

    @Inject
    ResidentService residents;

    @Inject
    VolunteerService volunteers;

    public Optional<Volunteer> of(ResidentId resident) {
        return residents.resident(resident).flatMap(found -> volunteers.byPhoneLookup(found.phoneLookup()));
    }
}
