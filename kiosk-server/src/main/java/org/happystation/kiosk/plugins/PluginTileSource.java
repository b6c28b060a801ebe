package org.happystation.kiosk.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.happystation.kiosk.shell.ServiceTiles;
import org.happystation.plugin.api.ServiceTile;

/** The started plugins' tiles, for the kiosk home screen. */
@ApplicationScoped
public class PluginTileSource implements ServiceTiles.TileSource {

    @Inject
    PluginHost host;

    @Override
    public List<ServiceTile> tiles() {
        return host.tiles();
    }
}
