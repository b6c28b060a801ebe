-- Service a volunteer gave through one of the station's services (elder-care visits, tutoring sessions):
-- told by the station server rather than checked in at a kiosk code, and recorded once per key.
alter table service_record add column source_key varchar(200);
create unique index service_record_source_key on service_record (source_key);
