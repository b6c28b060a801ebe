package org.happystation.points.host;

import java.util.List;
import org.happystation.points.ledger.Account;
import org.happystation.points.volunteers.VolunteerId;

/**
 * A volunteer's linked relatives, as the server's resident register records them, each with the wallet
 * that receives points given to them: their own volunteer wallet, or a resident's wallet.
 */
public interface Relatives {

    record Relative(String name, String relation, Account wallet) {}

    List<Relative> of(VolunteerId volunteer);
}
