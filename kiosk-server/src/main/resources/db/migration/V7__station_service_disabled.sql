-- Services (plugin tiles) a station's manager switched off at that station; every other installed
-- service is on.
create table station_service_disabled (
    station_id bigint      not null references station (id),
    tile_id    varchar(63) not null,
    primary key (station_id, tile_id)
);
