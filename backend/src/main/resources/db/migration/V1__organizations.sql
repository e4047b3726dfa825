-- Industries (行业领域): reference data supervised by departments and carried by enterprises.
create table industry (
    code       varchar(40) primary key,
    name_zh    varchar(50) not null,
    name_en    varchar(80) not null,
    high_risk  boolean     not null,
    sort_order integer     not null
);

insert into industry (code, name_zh, name_en, high_risk, sort_order) values
    ('ROAD_TRAFFIC',           '道路交通',     'Road traffic',            true,  10),
    ('WATER_TRANSPORT',        '水上交通',     'Water transport',         true,  15),
    ('COAL_MINE',              '煤矿',         'Coal mine',               true,  20),
    ('NON_COAL_MINE',          '非煤矿山',     'Non-coal mine',           true,  30),
    ('FIRE',                   '消防',         'Fire safety',             false, 40),
    ('HAZARDOUS_CHEMICALS',    '危险化学品',   'Hazardous chemicals',     true,  50),
    ('FIREWORKS',              '烟花爆竹',     'Fireworks',               true,  60),
    ('METAL_SMELTING',         '金属冶炼',     'Metal smelting',          true,  65),
    ('CONSTRUCTION',           '建筑施工',     'Construction',            true,  70),
    ('WATER_WORKS',            '水利',         'Water works',             false, 80),
    ('AGRICULTURAL_MACHINERY', '农业机械',     'Agricultural machinery',  false, 90),
    ('FISHING',                '渔业船舶',     'Fishing',                 true,  95),
    ('SPECIAL_EQUIPMENT',      '特种设备',     'Special equipment',       false, 100),
    ('CIVIL_EXPLOSIVES',       '民用爆炸物品', 'Civil explosives',        true,  110),
    ('GAS',                    '燃气',         'Gas',                     false, 120),
    ('HEATING',                '供热',         'Heating',                 false, 130),
    ('WEATHER_LIGHTNING',      '气象防雷',     'Weather and lightning',   false, 140),
    ('EDUCATION',              '教育',         'Education',               false, 150),
    ('TOURISM',                '旅游',         'Tourism',                 false, 160),
    ('POWER',                  '电力',         'Power',                   false, 170);

-- One organization tree: regions, departments under a region's government, enterprises in a territory.
-- path is the materialized path of ids ("/<root>/<child>/.../<self>/"), so a subtree is one indexed prefix scan.
create table org (
    id                    uuid         primary key,
    code                  varchar(32)  not null,
    name                  varchar(100) not null,
    kind                  varchar(16)  not null check (kind in ('REGION', 'DEPARTMENT', 'ENTERPRISE')),
    region_level          varchar(16)  check (region_level in ('PROVINCE', 'CITY', 'DISTRICT', 'TOWNSHIP', 'VILLAGE', 'GRID')),
    parent_id             uuid         references org (id),
    path                  varchar(1200) not null,
    depth                 integer      not null,
    industry              varchar(40)  references industry (code),
    supervised_industries varchar(40)[] not null default '{}',
    employees             integer      check (employees between 0 and 10000000),
    high_risk             boolean      not null default false,
    risk_color            varchar(8)   check (risk_color in ('GREEN', 'YELLOW', 'RED')),
    risk_class            varchar(1)   check (risk_class in ('A', 'B', 'C', 'D')),
    address               varchar(200),
    version               bigint       not null default 0,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    constraint org_code_unique unique (code),
    constraint org_region_has_level check ((kind = 'REGION') = (region_level is not null)),
    constraint org_enterprise_has_industry check ((kind = 'ENTERPRISE') = (industry is not null))
);

create index org_path_idx on org (path text_pattern_ops);
create index org_parent_code_idx on org (parent_id, code);
create index org_name_idx on org (name, id);
create index org_enterprise_industry_idx on org (industry, path text_pattern_ops) where kind = 'ENTERPRISE';

-- Audit log: written in the same transaction as every change. scope_path is the path of the org the change
-- belongs to, so readers see only entries inside their scope.
create table audit_entry (
    id             bigserial    primary key,
    at             timestamptz  not null,
    actor_subject  varchar(255) not null,
    actor_name     varchar(255),
    actor_org_code varchar(32),
    entity_type    varchar(40)  not null,
    entity_id      varchar(64)  not null,
    action         varchar(40)  not null,
    scope_path     varchar(1200) not null,
    before         jsonb,
    after          jsonb
);
create index audit_entity_idx on audit_entry (entity_type, entity_id, id);
create index audit_scope_idx on audit_entry (scope_path text_pattern_ops, id);

-- Idempotency keys for POST: the first response is kept and replayed for the same caller, key and body.
create table idempotency_record (
    caller        varchar(255)  not null,
    idem_key      varchar(255)  not null,
    request_hash  varchar(64)   not null,
    status        integer,
    response_body text,
    location      varchar(1024),
    etag          varchar(80),
    created_at    timestamptz   not null,
    expires_at    timestamptz   not null,
    primary key (caller, idem_key)
);
create index idempotency_expiry_idx on idempotency_record (expires_at);
