-- A resource has at most one slot starting at a given time (plugin API 1.2.0), so that plugins can open
-- slots on first use from two kiosks at once without making two. The key (plugin|station|resource|start)
-- is set on slots opened from now on; slots opened before may have twins with bookings of their own, which
-- stay as they are (a null key is never a duplicate).
alter table reservation_slot add column opening_key varchar(200);
create unique index reservation_slot_opening_key on reservation_slot (opening_key);
