-- Gryag schema, version 2: the message store's time order, and each chat's settings.

-- The message store orders a chat chronologically: by time sent, ties by message id. Message ids
-- usually follow time, but not always (an import of a migrated group, a clock that jumped), so the
-- recent window, a topic's window, per-chat age cleanup, trimming and the top authors since an
-- instant read this index, never the primary key's order.
create index message_chat_time_idx on message (chat_id, sent_at, message_id);

-- A forum topic's window in the same order.
drop index message_thread_idx;
create index message_thread_idx on message (chat_id, thread_id, sent_at, message_id)
    where thread_id is not null;

-- No store query walks replies downwards; the index cost every append and import for nothing.
drop index message_reply_idx;

-- What a chat changed about the bot's behaviour (core ChatSettings). A chat without a row has the
-- defaults: the column defaults below are exactly ChatSettings.DEFAULTS.
create table chat_settings (
    chat_id          bigint      not null primary key,
    active           boolean     not null default true,
    context_reset_at timestamptz,
    updated_at       timestamptz not null default now(),
    persona          text,
    -- The chat's own ReplyPolicy as a JSON object; null for the global one.
    policy           jsonb
        constraint chat_settings_policy_object check (policy is null or jsonb_typeof(policy) = 'object'),
    banned           bigint[]    not null default '{}',
    constraint chat_settings_chat_id_not_zero check (chat_id <> 0),
    constraint chat_settings_persona_not_blank check (persona is null or length(btrim(persona)) > 0)
);

comment on table chat_settings is 'Per-chat settings; a chat without a row uses the defaults.';
