-- The rollup deltas of obligation writes (V2026120206_40) are appended once per statement instead of once per row:
-- a rule edit recounts tens of thousands of obligations in a few set-based statements (issue 11 item 8), and the
-- row trigger ran two SQL function calls and inserted a delta row per ancestor for each of them. The statement
-- triggers read the statement's transition tables and append, per org or ancestor and matrix bucket, the net change
-- (+n/-n; nothing where the statement's rows cancel out). Reads sum the deltas, so every count stays what the row
-- trigger made it. An update that changes none of the counted columns of a row adds nothing for it, as before.
drop trigger obligation_rollup_trg on obligation;
drop function obligation_rollup_apply();
drop function obligation_rollup_add(obligation, integer);

-- The rows a statement moved: inserted ones enter their bucket (+1), deleted ones leave it (-1), updated ones whose
-- counted columns changed leave the old bucket and enter the new one.
create function obligation_rollup_statement() returns trigger language plpgsql as $$
declare
    -- what decides an obligation's bucket, of a row aliased r
    bucket constant text := 'r.org_id, r.counted_key, r.period_key, r.period_first, r.period_last, r.status, r.rule_id is not null';
    moved text := case tg_op
        when 'INSERT' then format('select %s, 1 from rollup_new r', bucket)
        when 'DELETE' then format('select %s, -1 from rollup_old r', bucket)
        else format('select c.* from rollup_old o join rollup_new w on w.id = o.id,
                         lateral (select %s, -1 from (select o.*) r union all select %s, 1 from (select w.*) r) c
                     where (%s) is distinct from (%s)',
                    bucket, bucket, replace(bucket, 'r.', 'o.'), replace(bucket, 'r.', 'w.'))
    end;
begin
    execute format($q$
        insert into obligation_rollup_delta (org_id, period_first, row_key, period_key, period_last, status, is_rule, n)
        select cast(a.seg as uuid), x.period_first, x.counted_key, x.period_key, x.period_last, x.status, x.is_rule, sum(x.n)
        from (%s) x (org_id, counted_key, period_key, period_first, period_last, status, is_rule, n)
             join org g on g.id = x.org_id, unnest(string_to_array(trim(both '/' from g.path), '/')) a (seg)
        where x.counted_key is not null
        group by a.seg, x.period_first, x.counted_key, x.period_key, x.period_last, x.status, x.is_rule
        having sum(x.n) <> 0$q$, moved);
    return null;
end
$$;

create trigger obligation_rollup_ins_trg after insert on obligation referencing new table as rollup_new
    for each statement execute function obligation_rollup_statement();
create trigger obligation_rollup_del_trg after delete on obligation referencing old table as rollup_old
    for each statement execute function obligation_rollup_statement();
create trigger obligation_rollup_upd_trg after update on obligation referencing old table as rollup_old new table as rollup_new
    for each statement execute function obligation_rollup_statement();

-- The key of a rule's obligation is its rule: the before-trigger is left out where it would change nothing (a rule's
-- obligation already keyed by its rule), so a recount's updates call no function per row. An item's obligation is
-- keyed on every write, as before.
drop trigger obligation_counted_key_trg on obligation;
create trigger obligation_counted_key_trg before insert or update on obligation for each row
    when (new.duty_item_key is not null or new.counted_key is distinct from new.rule_id)
    execute function obligation_counted_key_set();
