-- A project's row is inserted when its signing arrives and updated moments later when its verdict does. With
-- full pages the update writes the new row version to another page and a new entry into each of the table's
-- indexes; with room left on the page it stays there (a heap-only tuple) and no index is written.
alter table project set (fillfactor = 80);
