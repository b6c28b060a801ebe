-- Who signed the installed plugin jar (the signer certificate's subject); null for an unsigned jar that
-- the city allowed.
alter table plugin_install add column signed_by varchar(300);
