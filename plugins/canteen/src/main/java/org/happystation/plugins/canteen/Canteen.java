package org.happystation.plugins.canteen;

import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.canteen.domain.CanteenRules;
import org.happystation.plugins.canteen.domain.Menus;
import org.happystation.plugins.canteen.domain.Orders;
import org.happystation.plugins.canteen.domain.SampleMenus;

/** Builds the canteen's domain objects over one call's host services. */
final class Canteen {

    private Canteen() {}

    static CanteenRules rules(PluginContext context) {
        return CanteenRules.from(context.settings()::get);
    }

    static Orders orders(PluginContext context) {
        return new Orders(
                context.records(),
                context.reservations(),
                context.counters(),
                context.wallet(),
                context.clock(),
                rules(context));
    }

    /** The menus, with a sample fortnight at a station that has none yet. */
    static Menus menus(PluginContext context, Orders orders) {
        var menus = new Menus(context.records());
        SampleMenus.seedIfEmpty(menus, orders.today());
        return menus;
    }
}
