-- Gryag schema, version 4: a version stamp on every member profile, for the profile store's
-- optimistic updates (one UPDATE ... WHERE version = the one this process last wrote).
--
-- The stamp is drawn from a sequence, not counted up from the old row: every write of a row,
-- whoever makes it (the bot, the CLI's import, a chat's move, future code), gets a value that row
-- never had before, even across a delete and a new insert of the same member. So a stamp that
-- still matches proves the row is exactly the one its writer left. A trigger sets it on every
-- update, so no writer has to remember; an insert takes the next value unless it brings one (a
-- restore keeps the backed-up stamps, a move keeps the moved row's).
create sequence member_profile_version_seq;

alter table member_profile
    add column version bigint not null default nextval('member_profile_version_seq');

comment on column member_profile.version is
    'A stamp that changes on every write of the row (member_profile_next_version); never reused.';

create function member_profile_next_version() returns trigger
    language plpgsql as
$$
begin
    -- Qualified by the table's schema: a session's search_path need not name Gryag's schema.
    new.version := nextval(quote_ident(tg_table_schema) || '.member_profile_version_seq');
    return new;
end
$$;

create trigger member_profile_version
    before update on member_profile
    for each row
execute function member_profile_next_version();
