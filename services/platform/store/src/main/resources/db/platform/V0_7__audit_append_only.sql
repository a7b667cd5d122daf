-- The audit trail is append-only (docs/contract.md §7.4, §7.9): no role but the table's owner, the role that
-- migrates, may change or remove an entry, whatever privileges a schema's defaults gave other roles when
-- V0_3 created the table. Nor may another role rewrite the history of migrations. (V0_6 was taken by another
-- change under way; out-of-order migrations are allowed.)
revoke update, delete, truncate on audit_entry from public;
do $$
declare
    grant_row record;
begin
    for grant_row in
        select distinct c.oid::regclass::text as kept, a.grantee::regrole::text as grantee
        from pg_class c, aclexplode(c.relacl) a
        where c.oid in (select to_regclass(name) from unnest(array['audit_entry', 'flyway_schema_history']) as name)
          and a.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
          and a.grantee <> c.relowner and a.grantee <> 0
    loop
        execute format('revoke update, delete, truncate on %s from %s', grant_row.kept, grant_row.grantee);
    end loop;
end
$$;
