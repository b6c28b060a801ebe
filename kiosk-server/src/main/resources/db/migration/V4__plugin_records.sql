-- Plugin-private records (RecordStore in the plugin API): JSON documents per plugin, station and
-- collection, with an optimistic version. Top-level scalar fields are copied to plugin_record_field so
-- that queries by field work the same on H2 and PostgreSQL.

create table plugin_record (
    plugin_id  varchar(63)  not null,
    station_id bigint       not null,
    collection varchar(63)  not null,
    record_id  varchar(36)  not null,
    version    bigint       not null,
    json       varchar(65535) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    primary key (plugin_id, station_id, collection, record_id)
);

create table plugin_record_field (
    plugin_id  varchar(63)  not null,
    station_id bigint       not null,
    collection varchar(63)  not null,
    record_id  varchar(36)  not null,
    field      varchar(100) not null,
    field_value varchar(500) not null,
    primary key (plugin_id, station_id, collection, record_id, field)
);

create index plugin_record_field_lookup on plugin_record_field (plugin_id, station_id, collection, field, field_value);
