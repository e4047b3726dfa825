-- Running tallies of hazard tickets, kept by a trigger in the same transaction as every ticket change, so
-- supervisors' statistics read tens of thousands of tally rows instead of scanning every ticket.
-- hazard_tally: tickets per bucket (no time dimension); hazard_month_tally: reported and closed per local
-- (Asia/Shanghai) month. Industry '' stands for none.
create table hazard_tally (
    scope_path varchar(1200) not null,
    industry   varchar(40)   not null,
    state      varchar(24)   not null,
    level      varchar(10)   not null,
    overdue    boolean       not null,
    supervised boolean       not null,
    n          bigint        not null,
    primary key (scope_path, industry, state, level, overdue, supervised)
);
create index hazard_tally_path_idx on hazard_tally (scope_path text_pattern_ops);

create table hazard_month_tally (
    scope_path varchar(1200) not null,
    industry   varchar(40)   not null,
    month      date          not null,
    reported   bigint        not null,
    closed     bigint        not null,
    primary key (scope_path, industry, month)
);
create index hazard_month_tally_path_idx on hazard_month_tally (scope_path text_pattern_ops);

create function hazard_local_month(t timestamptz) returns date language sql immutable as
$$ select date_trunc('month', t at time zone 'Asia/Shanghai')::date $$;

create function hazard_tally_add(p_path varchar, p_industry varchar, p_state varchar, p_level varchar, p_overdue boolean,
                                 p_supervised boolean, p_delta integer) returns void language sql as $$
    insert into hazard_tally (scope_path, industry, state, level, overdue, supervised, n)
    values (p_path, p_industry, p_state, p_level, p_overdue, p_supervised, p_delta)
    on conflict (scope_path, industry, state, level, overdue, supervised) do update set n = hazard_tally.n + excluded.n
$$;

create function hazard_month_add(p_path varchar, p_industry varchar, p_month date, p_reported integer, p_closed integer)
    returns void language sql as $$
    insert into hazard_month_tally (scope_path, industry, month, reported, closed)
    values (p_path, p_industry, p_month, p_reported, p_closed)
    on conflict (scope_path, industry, month) do update
        set reported = hazard_month_tally.reported + excluded.reported, closed = hazard_month_tally.closed + excluded.closed
$$;

-- Moves a ticket from its old buckets to its new ones. Buckets are touched in key order (old before new when
-- the old key sorts first, else new first), so two transactions moving tickets in opposite directions cannot
-- deadlock on the tally rows.
create function hazard_tally_apply() returns trigger language plpgsql as $$
declare
    old_key text;
    new_key text;
begin
    if tg_op <> 'INSERT' then
        old_key := concat_ws('|', old.scope_path, coalesce(old.industry, ''), old.state, old.level, old.overdue,
                             old.supervision_listed_at is not null);
    end if;
    if tg_op <> 'DELETE' then
        new_key := concat_ws('|', new.scope_path, coalesce(new.industry, ''), new.state, new.level, new.overdue,
                             new.supervision_listed_at is not null);
    end if;
    if old_key is distinct from new_key then
        if old_key is not null and (new_key is null or old_key < new_key) then
            perform hazard_tally_add(old.scope_path, coalesce(old.industry, ''), old.state, old.level, old.overdue,
                                     old.supervision_listed_at is not null, -1);
        end if;
        if new_key is not null then
            perform hazard_tally_add(new.scope_path, coalesce(new.industry, ''), new.state, new.level, new.overdue,
                                     new.supervision_listed_at is not null, 1);
        end if;
        if old_key is not null and new_key is not null and old_key > new_key then
            perform hazard_tally_add(old.scope_path, coalesce(old.industry, ''), old.state, old.level, old.overdue,
                                     old.supervision_listed_at is not null, -1);
        end if;
    end if;
    if tg_op = 'UPDATE' and old.scope_path = new.scope_path and old.industry is not distinct from new.industry then
        -- same place: only a closure (or its undoing) changes the monthly figures
        if old.closed_at is distinct from new.closed_at then
            if old.closed_at is not null then
                perform hazard_month_add(old.scope_path, coalesce(old.industry, ''), hazard_local_month(old.closed_at), 0, -1);
            end if;
            if new.closed_at is not null then
                perform hazard_month_add(new.scope_path, coalesce(new.industry, ''), hazard_local_month(new.closed_at), 0, 1);
            end if;
        end if;
    else
        if tg_op <> 'INSERT' then
            perform hazard_month_add(old.scope_path, coalesce(old.industry, ''), hazard_local_month(old.created_at), -1, 0);
            if old.closed_at is not null then
                perform hazard_month_add(old.scope_path, coalesce(old.industry, ''), hazard_local_month(old.closed_at), 0, -1);
            end if;
        end if;
        if tg_op <> 'DELETE' then
            perform hazard_month_add(new.scope_path, coalesce(new.industry, ''), hazard_local_month(new.created_at), 1, 0);
            if new.closed_at is not null then
                perform hazard_month_add(new.scope_path, coalesce(new.industry, ''), hazard_local_month(new.closed_at), 0, 1);
            end if;
        end if;
    end if;
    return null;
end
$$;

create trigger hazard_tally_trg after insert or update or delete on hazard
    for each row execute function hazard_tally_apply();

insert into hazard_tally (scope_path, industry, state, level, overdue, supervised, n)
select scope_path, coalesce(industry, ''), state, level, overdue, supervision_listed_at is not null, count(*)
from hazard group by 1, 2, 3, 4, 5, 6;

insert into hazard_month_tally (scope_path, industry, month, reported, closed)
select scope_path, industry, month, sum(reported), sum(closed)
from (select scope_path, coalesce(industry, '') as industry, hazard_local_month(created_at) as month, 1 as reported, 0 as closed
      from hazard
      union all
      select scope_path, coalesce(industry, ''), hazard_local_month(closed_at), 0, 1 from hazard where closed_at is not null) x
group by 1, 2, 3;
