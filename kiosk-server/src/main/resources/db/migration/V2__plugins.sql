-- Service plugins installed on this server: the catalogue entry and where its jar lives. One row per
-- plugin id; the previous version's jar is kept for rollback.

create table plugin_install (
    plugin_id        varchar(63)   primary key,
    version          varchar(64)   not null,
    provider         varchar(200)  not null,
    description      varchar(500)  not null,
    requires         varchar(100)  not null,
    jar_path         varchar(500)  not null,
    sha256           varchar(64)   not null,
    enabled          boolean       not null,
    previous_version varchar(64),
    previous_jar     varchar(500),
    last_error       varchar(1000),
    installed_at     timestamp with time zone not null,
    installed_by     varchar(64)   not null,
    row_version      bigint        not null default 0
);
