-- Gryag schema, version 1: chats, their messages, and stream cursors.
--
-- Conventions for this and later migrations (V2+ adds profiles, facts and chat settings):
--   * Telegram ids are bigint; a chat's id is the Bot API chat id (negative for groups).
--   * Enumerations of core are stored as text holding the Java enum constant's name, guarded by a
--     CHECK constraint, so a new constant needs only a constraint swap, never a table rewrite.
--   * Every timestamp is timestamptz (an instant); microsecond precision.
--   * Tables that later ones hang off (chat) have a primary key to reference; per-chat tables are
--     keyed (chat_id, ...) first so every per-chat query is an index range scan.
--   * Fixed-width columns come first in each table to avoid alignment padding in large tables.

create table chat (
    id          bigint      not null primary key,
    migrated_to bigint,
    forum       boolean     not null default false,
    active      boolean     not null default true,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    kind        text        not null
        constraint chat_kind_known check (kind in ('PRIVATE', 'GROUP', 'SUPERGROUP', 'CHANNEL')),
    title       text        not null default '',
    constraint chat_id_not_zero check (id <> 0),
    constraint chat_not_migrated_to_itself check (migrated_to is null or migrated_to <> id)
);

comment on table chat is 'A Telegram chat the bot has seen; migrated_to is the supergroup a group was upgraded to.';

-- Full-text search for chats that mix Ukrainian, Russian and English, often in one message.
-- PostgreSQL has no Ukrainian configuration, so gryag_text combines the built-in dictionaries by
-- token type: words in Latin letters go through the English Snowball stemmer, words in other
-- letters through the Russian one. Ukrainian shares most of its noun and verb endings with Russian
-- (гряга, грягу, грягом -> гряг); gryag_search_text first spells і ї є ґ as и и е г, which the
-- Russian stemmer needs to find a word's stem region, and unifies apostrophes inside Cyrillic
-- words (м'ясо, м’ясо, мʼясо) to U+02BC, which the parser keeps inside the word. Queries run
-- through the same function and configuration, so both sides agree; matching stems exactly (no
-- prefix queries) keeps GIN lookups cheap and the planner's estimates sound.
create text search configuration gryag_text (copy = simple);
alter text search configuration gryag_text
    alter mapping for asciiword, asciihword, hword_asciipart with english_stem;
alter text search configuration gryag_text
    alter mapping for word, hword, hword_part with russian_stem;

create function gryag_search_text(body text) returns text
    language sql immutable strict parallel safe
as $$
    select translate(
        case when body ~ '[''’`ʼ]'  -- skip the costlier replacement for most messages
            then regexp_replace(body, '([а-яёіїєґА-ЯЁІЇЄҐ])[''’`ʼ]([а-яёіїєґА-ЯЁІЇЄҐ])', '\1ʼ\2', 'g')
            else body end,
        'іїєґІЇЄҐ', 'ииегИИЕГ')
$$;

comment on function gryag_search_text(text) is
    'The text the search document and search queries are made of: Ukrainian letters and apostrophes normalised.';

-- No foreign key from message to chat: a message can be stored before its chat is registered (the
-- Bot API message carries only the chat id a store needs), and bulk import stays a single COPY-like
-- statement. Deleting a chat deletes its messages explicitly, in batches.
create table message (
    chat_id         bigint      not null,
    message_id      bigint      not null,
    thread_id       bigint,
    author_id       bigint      not null,
    reply_to        bigint,
    sent_at         timestamptz not null,
    edited_at       timestamptz,
    forwarded       boolean     not null default false,
    important       boolean     not null default false,
    author_kind     text        not null
        constraint message_author_kind_known check (author_kind in ('PERSON', 'BOT', 'CHAT')),
    role            text        not null
        constraint message_role_known check (role in ('USER', 'BOT', 'SYSTEM')),
    media           text        not null default 'NONE'
        constraint message_media_known check (media in ('NONE', 'PHOTO', 'STICKER', 'ANIMATION',
            'VIDEO', 'VIDEO_NOTE', 'VOICE', 'AUDIO', 'DOCUMENT', 'POLL', 'LOCATION', 'CONTACT',
            'OTHER')),
    author_name     text        not null default '',
    author_username text,
    text            text        not null default '',
    -- Telegram's entities as a JSON array of {type, offset, length, url?, user?}; null when none.
    entities        jsonb
        constraint message_entities_array check (entities is null or jsonb_typeof(entities) = 'array'),
    -- Full-text search document: see gryag_text above.
    search_vector   tsvector generated always as (
        to_tsvector('gryag_text'::regconfig, gryag_search_text(text))
    ) stored,
    constraint message_pk primary key (chat_id, message_id),
    constraint message_chat_id_not_zero check (chat_id <> 0),
    constraint message_id_positive check (message_id > 0),
    constraint message_reply_to_positive check (reply_to is null or reply_to > 0),
    constraint message_author_id_not_zero check (author_id <> 0)
);

comment on table message is 'Every stored message of every chat, keyed by the Bot API chat and message id.';
comment on column message.important is 'Pinned or used as evidence: cleanup keeps it (or summarises it first).';

-- The primary key serves: idempotent append (ON CONFLICT), point lookups, walking a reply chain
-- upwards (one key lookup per step), the recent window (a backward scan: Telegram numbers a chat's
-- messages in the order they were sent, so message id order is time order), and the per-chat
-- count cap of cleanup. Every further index costs each append and import; these are the ones a
-- hot query needs.

-- The recent window of one forum topic.
create index message_thread_idx on message (chat_id, thread_id, message_id)
    where thread_id is not null;

-- Walking a reply chain downwards: the replies to a message.
create index message_reply_idx on message (chat_id, reply_to)
    where reply_to is not null;

-- Global age cleanup: the oldest messages that may go, across chats, in small batches.
create index message_cleanup_idx on message (sent_at)
    where not important;

-- Full-text search within a chat. btree_gin (a trusted contrib extension, so a database owner may
-- install it) lets one GIN index hold the chat id beside the words: a search intersects the chat's
-- entries with the words' instead of collecting every chat's matches and filtering them.
create extension if not exists btree_gin;
create index message_search_idx on message using gin (chat_id, search_vector);

-- How far the bot has read an ordered stream of updates (e.g. telegram:getUpdates).
create table cursor (
    stream     text        not null primary key,
    position   bigint      not null
        constraint cursor_position_not_negative check (position >= 0),
    updated_at timestamptz not null default now(),
    constraint cursor_stream_not_blank check (length(btrim(stream)) > 0)
);

comment on table cursor is 'The next position to read from each update stream; only ever moves forward.';
