package org.happystation.kiosk.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.happystation.plugin.api.ServiceTile;

/**
 * The tiles of the services a station offers, in the order its manager set (tiles the manager has not
 * placed follow in their default order). Tiles come from every {@link TileSource}; the plugin host is
 * the main one.
 */
@ApplicationScoped
public class ServiceTiles {

    /** Something that offers tiles: the plugin host, or a built-in service. */
    public interface TileSource {
        List<ServiceTile> tiles();
    }

    @Inject
    Instance<TileSource> sources;

    public List<ServiceTile> available() {
        var all = new ArrayList<ServiceTile>();
        sources.forEach(source -> all.addAll(source.tiles()));
        return all;
    }

    public List<ServiceTile> ordered(List<String> stationOrder) {
        return arrange(available(), stationOrder);
    }

    /** Places tiles in the station's order first, the rest by their default order and then id. */
    public static List<ServiceTile> arrange(List<ServiceTile> tiles, List<String> stationOrder) {
        Comparator<ServiceTile> byStation = Comparator.comparingInt(tile -> {
            int index = stationOrder.indexOf(tile.id());
            return index < 0 ? Integer.MAX_VALUE : index;
        });
        return tiles.stream()
                .sorted(byStation.thenComparingInt(ServiceTile::defaultOrder).thenComparing(ServiceTile::id))
                .toList();
    }
}
