-- The round sheet names each project an office owes a report for, as the signing named it; projects registered
-- before this migration have none (the sheet shows their id alone) until a signing event names them again.
alter table project add column project_name text;
