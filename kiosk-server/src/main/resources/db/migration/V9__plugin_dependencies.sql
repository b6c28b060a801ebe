-- The plugins an installed plugin depends on, as its manifest names them (Plugin-Dependencies).
alter table plugin_install add column dependencies varchar(500);
