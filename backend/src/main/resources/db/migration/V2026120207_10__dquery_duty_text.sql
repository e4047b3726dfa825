-- A matrix duty row in words, per distinct duty text (duty_item.duty_key = md5 of the text): the text, and the category
-- and legal basis of the first item seen with it. Kept by a trigger on duty_item, so the matrix of a city names its
-- rows with one lookup per row instead of aggregating the items of every list in the city.
create table duty_text (
    duty_key    uuid           primary key,
    text        varchar(1000)  not null,
    category    varchar(12)    not null,
    legal_basis varchar(200)[] not null
);

create function duty_text_keep() returns trigger language plpgsql as $$
begin
    insert into duty_text (duty_key, text, category, legal_basis)
    values (new.duty_key, new.text, new.category, new.legal_basis)
    on conflict (duty_key) do nothing;
    return null;
end
$$;

create trigger duty_text_trg after insert or update of text on duty_item
    for each row execute function duty_text_keep();

insert into duty_text (duty_key, text, category, legal_basis)
select distinct on (duty_key) duty_key, text, category, legal_basis from duty_item order by duty_key, id;

-- The matrix reads one org's counts of a year: an index-only scan.
create index obligation_rollup_read_idx on obligation_rollup (org_id, period_first)
    include (row_key, period_key, period_last, status, is_rule, n);
