-- The weekly reports sum one week of ledger transactions and of a station's decided records at a time.
create index ledger_transaction_created on ledger_transaction (created_at);
create index service_record_decided on service_record (station_id, decided_at);
