-- Running tallies of hazard tickets, kept by a trigger in the same transaction as every ticket change, so
-- supervisors' statistics read a few thousand tally rows instead of scanning every ticket.
-- Months are local (Asia/Shanghai) months; industry '' stands for none.
create table hazard_tally (
    scope_path varchar(1200) not null,
    industry   varchar(40)   not null,
    state      varchar(24)   not null,
    level      varchar(10)   not null,
    overdue    boolean       not null,
    supervised boolean       not null,
    rep_month  date          not null,
    n          bigint        not null,
    primary key (scope_path, industry, state, level, overdue, supervised, rep_month)
);
create index hazard_tally_path_idx on hazard_tally (scope_path text_pattern_ops);

create table hazard_closed_tally (
    scope_path   varchar(1200) not null,
    industry     varchar(40)   not null,
    closed_month date          not null,
    n            bigint        not null,
    primary key (scope_path, industry, closed_month)
);
create index hazard_closed_tally_path_idx on hazard_closed_tally (scope_path text_pattern_ops);

create function hazard_local_month(t timestamptz) returns date language sql immutable as
$$ select date_trunc('month', t at time zone 'Asia/Shanghai')::date $$;

create function hazard_tally_add(p_path varchar, p_industry varchar, p_state varchar, p_level varchar, p_overdue boolean,
                                 p_supervised boolean, p_month date, p_delta integer) returns void language sql as $$
    insert into hazard_tally (scope_path, industry, state, level, overdue, supervised, rep_month, n)
    values (p_path, p_industry, p_state, p_level, p_overdue, p_supervised, p_month, p_delta)
    on conflict (scope_path, industry, state, level, overdue, supervised, rep_month)
    do update set n = hazard_tally.n + excluded.n
$$;

create function hazard_closed_tally_add(p_path varchar, p_industry varchar, p_month date, p_delta integer)
    returns void language sql as $$
    insert into hazard_closed_tally (scope_path, industry, closed_month, n) values (p_path, p_industry, p_month, p_delta)
    on conflict (scope_path, industry, closed_month) do update set n = hazard_closed_tally.n + excluded.n
$$;

-- Moves a ticket from its old bucket to its new one. The two buckets are always touched in key order, so two
-- transactions moving tickets in opposite directions cannot deadlock.
create function hazard_tally_apply() returns trigger language plpgsql as $$
declare
    old_key text;
    new_key text;
begin
    if tg_op <> 'INSERT' then
        old_key := concat_ws('|', old.scope_path, coalesce(old.industry, ''), old.state, old.level, old.overdue,
                             old.supervision_listed_at is not null, hazard_local_month(old.created_at));
    end if;
    if tg_op <> 'DELETE' then
        new_key := concat_ws('|', new.scope_path, coalesce(new.industry, ''), new.state, new.level, new.overdue,
                             new.supervision_listed_at is not null, hazard_local_month(new.created_at));
    end if;
    if tg_op = 'UPDATE' and old_key = new_key and old.closed_at is not distinct from new.closed_at then
        return null;
    end if;
    if old_key is not null and (new_key is null or old_key < new_key) then
        perform hazard_tally_add(old.scope_path, coalesce(old.industry, ''), old.state, old.level, old.overdue,
                                 old.supervision_listed_at is not null, hazard_local_month(old.created_at), -1);
        old_key := null;
    end if;
    if new_key is not null and new_key is distinct from old_key then
        perform hazard_tally_add(new.scope_path, coalesce(new.industry, ''), new.state, new.level, new.overdue,
                                 new.supervision_listed_at is not null, hazard_local_month(new.created_at), 1);
    end if;
    if old_key is not null and old_key <> coalesce(new_key, '') then
        perform hazard_tally_add(old.scope_path, coalesce(old.industry, ''), old.state, old.level, old.overdue,
                                 old.supervision_listed_at is not null, hazard_local_month(old.created_at), -1);
    end if;
    if tg_op <> 'INSERT' and old.closed_at is not null then
        perform hazard_closed_tally_add(old.scope_path, coalesce(old.industry, ''), hazard_local_month(old.closed_at), -1);
    end if;
    if tg_op <> 'DELETE' and new.closed_at is not null then
        perform hazard_closed_tally_add(new.scope_path, coalesce(new.industry, ''), hazard_local_month(new.closed_at), 1);
    end if;
    return null;
end
$$;

create trigger hazard_tally_trg after insert or update or delete on hazard
    for each row execute function hazard_tally_apply();

insert into hazard_tally (scope_path, industry, state, level, overdue, supervised, rep_month, n)
select scope_path, coalesce(industry, ''), state, level, overdue, supervision_listed_at is not null,
       hazard_local_month(created_at), count(*)
from hazard group by 1, 2, 3, 4, 5, 6, 7;

insert into hazard_closed_tally (scope_path, industry, closed_month, n)
select scope_path, coalesce(industry, ''), hazard_local_month(closed_at), count(*)
from hazard where closed_at is not null group by 1, 2, 3;
