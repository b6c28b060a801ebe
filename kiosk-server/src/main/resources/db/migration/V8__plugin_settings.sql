-- The values station managers gave the settings a plugin declares (SettingsSchema in the plugin API).
create table plugin_setting (
    plugin_id     varchar(63)   not null,
    station_id    bigint        not null,
    setting_key   varchar(63)   not null,
    setting_value varchar(1000) not null,
    primary key (plugin_id, station_id, setting_key)
);
