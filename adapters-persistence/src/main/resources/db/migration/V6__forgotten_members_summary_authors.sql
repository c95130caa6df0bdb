-- Gryag schema, version 6: forgotten means forgotten (docs/personalization.md, "Forgetting").
--
-- A member who is forgotten (/forget, /optout, gryag forget) leaves a tombstone: who, in which chat
-- (null: every chat), as of when. Whatever is theirs and dated no later than it stays out of the
-- store from then on, however it comes back: a late or redelivered update, an import of an older
-- export, a restore of an older backup. A tombstone holds nothing but an id and a time, so it is
-- kept for good: retention never deletes one. Forgetting again in the same scope moves the time
-- forward (one row per member and scope: the unique index, chat_id null read as 0, which no chat
-- id is).
create table forgotten_member (
    member_id    bigint      not null,
    chat_id      bigint,
    forgotten_at timestamptz not null,
    constraint forgotten_member_id_not_zero check (member_id <> 0),
    constraint forgotten_member_chat_id_not_zero check (chat_id is null or chat_id <> 0)
);

comment on table forgotten_member is
    'Tombstones: a member forgotten in a chat (or every chat, chat_id null) as of forgotten_at.';

-- One tombstone per member and scope; also serves the intake's lookup of a member's tombstones.
create unique index forgotten_member_scope_idx on forgotten_member (member_id, coalesce(chat_id, 0));

-- Who wrote the messages a summary covers, so that forgetting one of them drops the summary.
-- Summaries written before this version have none recorded ('{}': not known).
alter table chat_summary add column authors bigint[] not null default '{}';

comment on column chat_summary.authors is
    'The authors of the covered messages; empty for summaries written before they were recorded.';
