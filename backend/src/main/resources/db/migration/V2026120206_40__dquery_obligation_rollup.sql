-- The fulfilment matrix's counts for every subtree, so the matrix of a city reads a few hundred rows instead of
-- grouping a year's obligations (or per-org counts) of thousands of orgs.
--
-- Each obligation counts under one matrix row, its counted_key: its rule, or for a duty item the md5 of the item's
-- text in the list version that binds it (signed, in force, closed or archived; the same text in many lists is one
-- row). An item no binding version holds any more (dropped by a revision, or its list superseded or discarded)
-- counts under nothing: counted_key is null. A before-trigger keeps counted_key, and a list whose binding changes
-- touches the obligations of its items so they are keyed again.
--
-- The counts live per org AND per ancestor (the org's own path, root first, includes itself): obligation_rollup
-- holds compacted counts; every obligation write only appends +1/-1 rows to obligation_rollup_delta for each org on
-- its path, in the writer's transaction. Writers never update a shared counter, so concurrent writers neither wait
-- on nor deadlock over a city's hot rows; a read sums the compacted rows and the deltas in one statement (one
-- snapshot), so it is exact whether or not compaction has run. obligation_rollup_compact() moves committed deltas
-- into the compacted rows in one transaction (one compactor at a time by an advisory lock); deltas of writers
-- still in flight are invisible to it and stay for the next run.
alter table duty_item add column duty_key uuid generated always as (cast(md5(text) as uuid)) stored;
create index duty_item_duty_key_idx on duty_item (duty_key);

alter table obligation add column counted_key uuid;

create table obligation_rollup (
    org_id       uuid        not null,
    period_first date        not null,
    row_key      uuid        not null,
    period_key   varchar(24) not null,
    period_last  date        not null,
    status       varchar(8)  not null,
    is_rule      boolean     not null,
    n            integer     not null,
    primary key (org_id, period_first, row_key, period_key, period_last, status)
);

create table obligation_rollup_delta (
    id           bigint      generated always as identity primary key,
    org_id       uuid        not null,
    period_first date        not null,
    row_key      uuid        not null,
    period_key   varchar(24) not null,
    period_last  date        not null,
    status       varchar(8)  not null,
    is_rule      boolean     not null,
    n            integer     not null
);
create index obligation_rollup_delta_org_idx on obligation_rollup_delta (org_id, period_first);

-- The matrix row an obligation counts under, as of now; null when it is owed under nothing.
create function obligation_counted_key(o obligation) returns uuid language sql stable as $$
    select case when o.rule_id is not null then o.rule_id
                else (select i.duty_key
                      from duty_item i join responsibility_list l on l.id = i.list_id
                      where i.item_key = o.duty_item_key and l.status in ('SIGNED', 'ACTIVE', 'CLOSED', 'ARCHIVED')
                      order by l.version_no desc limit 1) end
$$;

create function obligation_counted_key_set() returns trigger language plpgsql as $$
begin
    new.counted_key := obligation_counted_key(new);
    return new;
end
$$;

create trigger obligation_counted_key_trg before insert or update on obligation
    for each row execute function obligation_counted_key_set();

-- One obligation into (+1) or out of (-1) the counts of its org and of every ancestor.
create function obligation_rollup_add(o obligation, delta integer) returns void language sql as $$
    insert into obligation_rollup_delta (org_id, period_first, row_key, period_key, period_last, status, is_rule, n)
    select cast(a.seg as uuid), o.period_first, o.counted_key, o.period_key, o.period_last, o.status,
           o.rule_id is not null, delta
    from org g, unnest(string_to_array(trim(both '/' from g.path), '/')) a (seg)
    where g.id = o.org_id and o.counted_key is not null
$$;

create function obligation_rollup_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (old.org_id, old.counted_key, old.period_key, old.period_first, old.period_last, old.status)
            is not distinct from (new.org_id, new.counted_key, new.period_key, new.period_first, new.period_last, new.status) then
        return null;
    end if;
    if tg_op <> 'INSERT' then
        perform obligation_rollup_add(old, -1);
    end if;
    if tg_op <> 'DELETE' then
        perform obligation_rollup_add(new, 1);
    end if;
    return null;
end
$$;

create trigger obligation_rollup_trg after insert or delete or update on obligation
    for each row execute function obligation_rollup_apply();

-- A list that starts or stops binding: the obligations of its items are keyed again (the before-trigger does it).
create function list_rollup_rekey() returns trigger language plpgsql as $$
begin
    update obligation b set counted_key = null
    where b.duty_item_key in (select i.item_key from duty_item i where i.list_id = new.id);
    return null;
end
$$;

create trigger list_rollup_rekey_trg after update of status on responsibility_list for each row
    when ((old.status in ('SIGNED', 'ACTIVE', 'CLOSED', 'ARCHIVED')) <> (new.status in ('SIGNED', 'ACTIVE', 'CLOSED', 'ARCHIVED')))
    execute function list_rollup_rekey();

-- An org that moves takes its obligations' counts from the ancestors it leaves to the ones it joins (an ancestor on
-- both paths gets -n and +n). Moving a subtree updates every org in it, each row moving its own obligations.
create function org_rollup_move() returns trigger language plpgsql as $$
begin
    insert into obligation_rollup_delta (org_id, period_first, row_key, period_key, period_last, status, is_rule, n)
    select cast(a.seg as uuid), b.period_first, b.counted_key, b.period_key, b.period_last, b.status,
           b.rule_id is not null, a.sign * count(*)
    from obligation b,
         (select s, -1 from unnest(string_to_array(trim(both '/' from old.path), '/')) s
          union all
          select s, 1 from unnest(string_to_array(trim(both '/' from new.path), '/')) s) a (seg, sign)
    where b.org_id = new.id and b.counted_key is not null
    group by a.seg, a.sign, b.period_first, b.counted_key, b.period_key, b.period_last, b.status, b.rule_id is not null;
    return null;
end
$$;

create trigger org_rollup_move_trg after update of path on org for each row
    when (old.path is distinct from new.path) execute function org_rollup_move();

-- Committed deltas into the compacted counts; returns how many compacted rows it wrote (0 when another compactor
-- holds the lock). Advisory lock key: "redline rollup".
create function obligation_rollup_compact() returns bigint language plpgsql as $$
declare
    written bigint;
begin
    if not pg_try_advisory_xact_lock(8243105109759649027) then
        return 0;
    end if;
    with d as (delete from obligation_rollup_delta
               returning org_id, period_first, row_key, period_key, period_last, status, is_rule, n)
    insert into obligation_rollup as t (org_id, period_first, row_key, period_key, period_last, status, is_rule, n)
    select org_id, period_first, row_key, period_key, period_last, status, bool_or(is_rule), sum(n)
    from d
    group by org_id, period_first, row_key, period_key, period_last, status
    on conflict (org_id, period_first, row_key, period_key, period_last, status) do update set n = t.n + excluded.n;
    get diagnostics written = row_count;
    return written;
end
$$;

-- The obligations already there: keyed (the before-trigger), then counted set-based.
alter table obligation disable trigger obligation_rollup_trg;
update obligation set counted_key = null;
alter table obligation enable trigger obligation_rollup_trg;

insert into obligation_rollup (org_id, period_first, row_key, period_key, period_last, status, is_rule, n)
select cast(a.seg as uuid), b.period_first, b.counted_key, b.period_key, b.period_last, b.status,
       b.rule_id is not null, count(*)
from obligation b join org g on g.id = b.org_id, unnest(string_to_array(trim(both '/' from g.path), '/')) a (seg)
where b.counted_key is not null
group by a.seg, b.period_first, b.counted_key, b.period_key, b.period_last, b.status, b.rule_id is not null;
