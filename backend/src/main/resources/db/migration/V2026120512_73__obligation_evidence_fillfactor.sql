-- A rule edit withdraws or revives the evidence of every drill it stops or starts counting (issue 11 item 8: 141,000
-- rows for the city benchmark). Neither changes an indexed value, so with room on the page the new row version stays
-- there (a HOT update) and none of the table's indexes gets a new entry. Pages written from now on keep a fifth
-- free; pages already full get their room as they are rewritten or vacuumed after updates.
alter table obligation_evidence set (fillfactor = 80);
