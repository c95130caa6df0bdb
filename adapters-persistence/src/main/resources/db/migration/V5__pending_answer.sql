-- Gryag schema, version 5: the answers the bot owes (docs/operations.md, "Guarantees").
--
-- When a message addresses the bot, it is stored together with a pending_answer row in one
-- transaction; the row goes in the transaction that stores the bot's answer (or when the decision
-- settles without one). A process that dies in between leaves the row, and the next start answers
-- it while it is younger than its deadline.
--
-- No foreign key to message, as for message's other satellites: a message deleted or moved (a
-- member forgotten, a group upgraded) leaves a row whose message is gone, which the next start
-- clears. The chat's kind and title are kept because the decision needs them and the message row
-- does not hold them.
create table pending_answer (
    chat_id     bigint      not null,
    message_id  bigint      not null,
    received_at timestamptz not null,
    deadline    timestamptz not null,
    forum       boolean     not null default false,
    chat_kind   text        not null
        constraint pending_answer_chat_kind_known
            check (chat_kind in ('PRIVATE', 'GROUP', 'SUPERGROUP', 'CHANNEL')),
    reason      text        not null
        constraint pending_answer_reason_known
            check (reason in ('PRIVATE_CHAT', 'MENTION', 'REPLY_TO_BOT', 'COMMAND', 'KEYWORD',
                'SMART', 'RANDOM')),
    chat_title  text        not null default '',
    primary key (chat_id, message_id),
    constraint pending_answer_deadline_after_receipt check (deadline >= received_at)
);

-- Resuming reads the oldest first.
create index pending_answer_received on pending_answer (received_at, chat_id, message_id);

comment on table pending_answer is
    'An answer the bot decided to give and has not given yet; cleared with the answer.';
