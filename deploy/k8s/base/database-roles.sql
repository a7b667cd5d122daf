-- The database's roles (docs/contract.md §7.9), run as a superuser in database yanzhen: by CloudNativePG at
-- bootstrap (postgres.yaml beside it, postInitApplicationSQLRefs), by `deploy/local/stack up --secure`,
-- and by the platform's DatabaseRolesTest. Running it again changes nothing.
--
-- yanzhen (the migration role) owns every schema and runs Flyway. Each service's role, yanzhen_<service>,
-- may use only its own schema: read and write its tables, never
-- create or drop anything, never touch another service's schema. Nobody but the owner may change or remove
-- an audit entry nor Flyway's history (platform migration V0_7 keeps it so for the tables Flyway creates later). Logins and
-- passwords are given elsewhere: CloudNativePG's managed roles, the local stack's ALTER ROLE.
do $$
declare
    service text;
    kept    text;
begin
    if not exists (select from pg_roles where rolname = 'yanzhen') then
        create role yanzhen;
    end if;
    alter database yanzhen owner to yanzhen;
    revoke create on schema public from public;
    foreach service in array array['intake', 'capacity', 'matching', 'tracking', 'notifier', 'workbench'] loop
        if not exists (select from pg_roles where rolname = 'yanzhen_' || service) then
            execute format('create role %I', 'yanzhen_' || service);
        end if;
        execute format('create schema if not exists %I authorization yanzhen', service);
        execute format('revoke all on schema %I from public', service);
        execute format('grant usage on schema %I to %I', service, 'yanzhen_' || service);
        execute format('alter default privileges for role yanzhen in schema %I grant select, insert, update, delete on tables to %I',
                       service, 'yanzhen_' || service);
        execute format('alter default privileges for role yanzhen in schema %I grant usage, select on sequences to %I',
                       service, 'yanzhen_' || service);
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', service, 'yanzhen_' || service);
        execute format('grant usage, select on all sequences in schema %I to %I', service, 'yanzhen_' || service);
        -- what V0_7 keeps append-only stays so when this runs again over migrated schemas
        foreach kept in array array['audit_entry', 'flyway_schema_history'] loop
            if to_regclass(format('%I.%I', service, kept)) is not null then
                execute format('revoke update, delete, truncate on %I.%I from %I', service, kept, 'yanzhen_' || service);
            end if;
        end loop;
    end loop;
end
$$;
