-- The fulfilment matrix's counts, kept by a trigger in the same transaction as every obligation write (materialise,
-- evidence added or withdrawn, recompute, the hourly freeze, waive, a list's obligations, and direct inserts such
-- as the bench loader's), so the matrix sums a few tally rows per org and requirement instead of grouping a year's
-- obligations of a whole subtree. One row per org x requirement (rule, or duty item key) x period x status, with
-- row_key whichever of rule_id and duty_item_key is set; a row that would fall to zero is deleted, so a row exists
-- exactly when such obligations do. Which list version binds an item key is left to the read (a supersede changes
-- no obligation).
create table obligation_tally (
    org_id        uuid        not null references org (id),
    period_first  date        not null,
    row_key       uuid        not null,
    period_key    varchar(24) not null,
    period_last   date        not null,
    status        varchar(8)  not null,
    rule_id       uuid,
    duty_item_key uuid,
    n             integer     not null check (n > 0),
    primary key (org_id, period_first, row_key, period_key, period_last, status),
    constraint obligation_tally_one_basis check ((rule_id is null) <> (duty_item_key is null)
                                                 and row_key = coalesce(rule_id, duty_item_key))
);

-- One obligation into (+1) or out of (-1) its tally row; the row that would fall to zero is deleted instead.
create function obligation_tally_add(o obligation, delta integer) returns void language plpgsql as $$
begin
    if delta > 0 then
        insert into obligation_tally as t (org_id, period_first, row_key, period_key, period_last, status, rule_id,
                                           duty_item_key, n)
        values (o.org_id, o.period_first, coalesce(o.rule_id, o.duty_item_key), o.period_key, o.period_last, o.status,
                o.rule_id, o.duty_item_key, delta)
        on conflict (org_id, period_first, row_key, period_key, period_last, status) do update set n = t.n + excluded.n;
        return;
    end if;
    delete from obligation_tally t
    where t.org_id = o.org_id and t.period_first = o.period_first and t.row_key = coalesce(o.rule_id, o.duty_item_key)
      and t.period_key = o.period_key and t.period_last = o.period_last and t.status = o.status and t.n = -delta;
    if not found then
        update obligation_tally t set n = t.n + delta
        where t.org_id = o.org_id and t.period_first = o.period_first and t.row_key = coalesce(o.rule_id, o.duty_item_key)
          and t.period_key = o.period_key and t.period_last = o.period_last and t.status = o.status;
    end if;
end
$$;

-- Moves an obligation from its old tally row to its new one. Rows are touched in key order (old before new when the
-- old key sorts first, else new first), so two transactions moving obligations in opposite directions cannot
-- deadlock on the tally rows.
create function obligation_tally_apply() returns trigger language plpgsql as $$
declare
    old_key text;
    new_key text;
begin
    if tg_op <> 'INSERT' then
        old_key := concat_ws('|', old.org_id, old.period_first, coalesce(old.rule_id, old.duty_item_key), old.period_key,
                             old.period_last, old.status);
    end if;
    if tg_op <> 'DELETE' then
        new_key := concat_ws('|', new.org_id, new.period_first, coalesce(new.rule_id, new.duty_item_key), new.period_key,
                             new.period_last, new.status);
    end if;
    if old_key is not distinct from new_key then
        return null;
    end if;
    if old_key is not null and (new_key is null or old_key < new_key) then
        perform obligation_tally_add(old, -1);
    end if;
    if new_key is not null then
        perform obligation_tally_add(new, 1);
    end if;
    if old_key is not null and new_key is not null and old_key > new_key then
        perform obligation_tally_add(old, -1);
    end if;
    return null;
end
$$;

create trigger obligation_tally_trg after insert or delete or update of org_id, rule_id, duty_item_key, period_key,
    period_first, period_last, status on obligation
    for each row execute function obligation_tally_apply();

-- The obligations already there.
insert into obligation_tally (org_id, period_first, row_key, period_key, period_last, status, rule_id, duty_item_key, n)
select org_id, period_first, coalesce(rule_id, duty_item_key), period_key, period_last, status, rule_id, duty_item_key,
       count(*)
from obligation
group by org_id, period_first, coalesce(rule_id, duty_item_key), period_key, period_last, status, rule_id, duty_item_key;
