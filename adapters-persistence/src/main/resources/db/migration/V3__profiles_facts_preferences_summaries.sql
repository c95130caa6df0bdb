-- Gryag schema, version 3: what the bot learns about members (profiles, facts, preferences) and
-- the summaries compaction writes before old messages go.
--
-- Like message, these tables have no foreign key to chat: a member's first message may be folded
-- before the chat is registered. Rows are keyed (chat_id, member_id, ...) first, so a member's
-- profile and facts are one primary-key lookup or range.

-- core MemberProfile. The scalars are columns; the bounded maps (names seen, languages, emoji,
-- emotions, topics, keywords, reply partners) are one JSON object, read and written whole with
-- the row; the hour and weekday histograms are integer arrays.
create table member_profile (
    chat_id          bigint           not null,
    member_id        bigint           not null,
    first_seen       timestamptz      not null,
    last_seen        timestamptz      not null,
    last_message_id  bigint           not null,
    messages         bigint           not null,
    text_messages    bigint           not null,
    characters       bigint           not null,
    words            bigint           not null,
    questions        bigint           not null,
    exclamations     bigint           not null,
    shouting         bigint           not null,
    profane          bigint           not null,
    links            bigint           not null,
    media            bigint           not null,
    formality        double precision not null,
    emoji_total      bigint           not null,
    emoji_messages   bigint           not null,
    mood_recent      double precision not null,
    mood_baseline    double precision not null,
    mood_scored      bigint           not null,
    display_name     text             not null,
    username         text,
    hours            integer[]        not null
        constraint member_profile_hours_24 check (cardinality(hours) = 24),
    weekdays         integer[]        not null
        constraint member_profile_weekdays_7 check (cardinality(weekdays) = 7),
    maps             jsonb            not null
        constraint member_profile_maps_object check (jsonb_typeof(maps) = 'object'),
    constraint member_profile_pk primary key (chat_id, member_id),
    constraint member_profile_seen_in_order check (last_seen >= first_seen),
    constraint member_profile_has_messages check (messages >= 1),
    constraint member_profile_last_message_positive check (last_message_id > 0)
);

comment on table member_profile is 'What the bot learned about a member of a chat from their messages.';

-- "@name" in a chat: the member who uses it, the most recently seen first.
create index member_profile_username_idx on member_profile (chat_id, lower(username), last_seen)
    where username is not null;

-- Retention: the profiles of members silent the longest.
create index member_profile_last_seen_idx on member_profile (last_seen);

-- core Fact: at most one per chat, member and key.
create table member_fact (
    chat_id           bigint           not null,
    member_id         bigint           not null,
    confidence        double precision not null
        constraint member_fact_confidence_range check (confidence > 0 and confidence <= 1),
    evidence          integer          not null
        constraint member_fact_evidence_positive check (evidence >= 1),
    source_message_id bigint,
    first_confirmed   timestamptz      not null,
    last_confirmed    timestamptz      not null,
    key               text             not null,
    category          text             not null
        constraint member_fact_category_known check (category in ('IDENTITY', 'LOCATION', 'WORK',
            'PERSONAL', 'PREFERENCE', 'INTEREST', 'OTHER')),
    value             text             not null,
    constraint member_fact_pk primary key (chat_id, member_id, key),
    constraint member_fact_confirmed_in_order check (last_confirmed >= first_confirmed)
);

comment on table member_fact is 'Facts members stated about themselves, with a confidence that fades with time.';

-- Retention must keep a message some fact names as its source.
create index member_fact_source_idx on member_fact (chat_id, source_message_id)
    where source_message_id is not null;

-- Retention of faded facts: the least recently confirmed first. Whether a fact has faded depends
-- on its confidence and the half-life the caller gives, so the index carries the confidence and
-- the check runs on the index entries (an index-only scan that stops after a batch).
create index member_fact_cleanup_idx on member_fact (last_confirmed, confidence);

-- core MemberPreferences: never deleted by retention.
create table member_preferences (
    chat_id        bigint      not null,
    member_id      bigint      not null,
    opted_out      boolean     not null,
    updated_at     timestamptz not null,
    preferred_name text,
    pronouns       text,
    reply_language text
        constraint member_preferences_language_known check (reply_language in ('UK', 'RU', 'EN')),
    constraint member_preferences_pk primary key (chat_id, member_id),
    constraint member_preferences_opt_out_keeps_nothing check (not opted_out
        or (preferred_name is null and pronouns is null and reply_language is null))
);

comment on table member_preferences is 'How a member asked to be called and answered, or to be forgotten.';

-- core cleanup.ChatSummary: one per chat and covered message id range.
create table chat_summary (
    chat_id          bigint      not null,
    first_message_id bigint      not null,
    last_message_id  bigint      not null,
    period_from      timestamptz not null,
    period_to        timestamptz not null,
    created_at       timestamptz not null,
    messages         integer     not null
        constraint chat_summary_messages_positive check (messages >= 1),
    provider         text        not null,
    text             text        not null
        constraint chat_summary_text_not_blank check (length(btrim(text)) > 0),
    constraint chat_summary_pk primary key (chat_id, first_message_id, last_message_id),
    constraint chat_summary_range check (first_message_id > 0 and last_message_id >= first_message_id),
    constraint chat_summary_period check (period_to >= period_from)
);

comment on table chat_summary is 'What a period of a chat was about, written before its messages were deleted.';

-- The prompt's newest summaries of a chat.
create index chat_summary_recent_idx on chat_summary (chat_id, period_to);

-- Retention: the summaries of the oldest periods.
create index chat_summary_cleanup_idx on chat_summary (period_to);
