package org.happystation.plugins.example;

import java.util.List;
import java.util.Map;
import org.happystation.plugin.api.SettingsSchema;
import org.pf4j.Extension;

/** What a station manager can set for the example at their station. */
@Extension
public class ExampleSettings implements SettingsSchema {

    static final String SHOW_QR = "show-qr";
    static final String NOTICE = "notice";

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.yesNo(SHOW_QR, Map.of("zh", "显示本站二维码", "en", "Show the station's QR code"), true),
                Setting.text(NOTICE, Map.of("zh", "页面下方的提示", "en", "Notice at the bottom of the screen"), ""));
    }
}
