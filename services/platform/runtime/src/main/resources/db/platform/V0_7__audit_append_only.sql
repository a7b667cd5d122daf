-- The audit trail is append-only (docs/contract.md §7.4, §7.9): no role but the table's owner, the role that
-- migrates, may change or remove an entry, whatever privileges a schema's defaults gave other roles when
-- V0_3 created the table. (V0_6 was taken by another change under way; out-of-order migrations are allowed.)
revoke update, delete, truncate on audit_entry from public;
do $$
declare
    grantee text;
begin
    for grantee in
        select distinct a.grantee::regrole::text
        from pg_class c, aclexplode(c.relacl) a
        where c.oid = 'audit_entry'::regclass
          and a.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
          and a.grantee <> c.relowner and a.grantee <> 0
    loop
        execute format('revoke update, delete, truncate on audit_entry from %s', grantee);
    end loop;
end
$$;
