package org.happystation.points.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingTest {

    @Test
    void a_transaction_whose_entries_do_not_sum_to_zero_is_refused_before_the_database() {
        var wallet = Account.walletOfVolunteer(1);

        assertThatThrownBy(() -> new Posting(
                        "k", TransactionKind.CREDIT, "", List.of(new Leg(Account.ISSUING, -2), new Leg(wallet, 3))))
                .hasMessageContaining("sum to zero");
        assertThatThrownBy(() -> new Posting("k", TransactionKind.CREDIT, "", List.of(new Leg(wallet, 3))))
                .hasMessageContaining("at least two");
        assertThatThrownBy(() -> new Posting(
                        " ", TransactionKind.CREDIT, "", Leg.transfer(Account.ISSUING, wallet, Points.of(1))))
                .hasMessageContaining("idempotency key");
    }

    @Test
    void any_mix_of_transfers_keeps_the_books_at_zero() {
        // Property: however many transfers between however many accounts, all entries sum to zero.
        var random = new Random(67);
        for (int run = 0; run < 200; run++) {
            var legs = new ArrayList<Leg>();
            for (int i = 0; i < 1 + random.nextInt(5); i++) {
                var from = Account.walletOfVolunteer(1 + random.nextInt(4));
                var to = Account.walletOfVolunteer(5 + random.nextInt(4));
                legs.addAll(Leg.transfer(from, to, Points.of(1 + random.nextInt(100))));
            }
            var posting = new Posting("run-" + run, TransactionKind.GRANT, "", legs);
            assertThat(posting.legs().stream().mapToLong(Leg::amount).sum()).isZero();
        }
    }

    @Test
    void account_holders_are_plain_names() {
        assertThat(Account.rewardsOf(3).holder()).isEqualTo("rewards-station-3");
        assertThatThrownBy(() -> new Account(AccountKind.WALLET, "Robert'); drop table"))
                .hasMessageContaining("lower-case");
    }
}
