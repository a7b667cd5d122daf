-- What a NO_CHANGE report says (docs/contract.md §4.6).
alter table progress_report add column note text;
