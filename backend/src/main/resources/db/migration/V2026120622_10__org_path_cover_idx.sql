-- A subtree's orgs read from the index alone: the path prefix with what the coverage reads filter and group by (the
-- caller's scope by path and industry, the key-unit flag, the kind). Replaces org_path_idx, whose key it repeats.
create index org_path_cover_idx on org (path text_pattern_ops) include (id, industry, kind, emergency_key_category);
drop index org_path_idx;
