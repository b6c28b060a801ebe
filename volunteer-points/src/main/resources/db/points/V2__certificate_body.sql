-- The certificate's worded text as issued; its SHA-256 is the digest printed on the PDF, so the public
-- verification page shows exactly what was issued and that it matches.
alter table certificate add column body varchar(4000);
update certificate set body = '' where body is null;
alter table certificate alter column body set not null;
