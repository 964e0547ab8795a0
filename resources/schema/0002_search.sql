-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Quorum authors
--
-- Full-text search over prompts and answers: FTS5 external-content tables kept in sync by
-- triggers. The trigram tokenizer finds any substring of three characters or more: code
-- (`std::expected`, `foo_bar(`), words inside identifiers, and Chinese or Japanese text,
-- which unicode61 cannot split into words. Shorter queries fall back to LIKE over the
-- newest rows (storage/searchstore.cpp). Answers are indexed once they end (done, error,
-- cancelled, interrupted), not on every 250 ms checkpoint of a streaming answer.

CREATE VIRTUAL TABLE turns_fts USING fts5(prompt, content = 'turns', content_rowid = 'id', tokenize = 'trigram');
CREATE VIRTUAL TABLE responses_fts USING fts5(text, content = 'responses', content_rowid = 'id', tokenize = 'trigram');

INSERT INTO turns_fts (rowid, prompt) SELECT id, prompt FROM turns;
INSERT INTO responses_fts (rowid, text) SELECT id, text FROM responses WHERE status NOT IN ('pending', 'streaming');

CREATE TRIGGER turns_fts_insert AFTER INSERT ON turns BEGIN
    INSERT INTO turns_fts (rowid, prompt) VALUES (new.id, new.prompt);
END;
CREATE TRIGGER turns_fts_delete AFTER DELETE ON turns BEGIN
    INSERT INTO turns_fts (turns_fts, rowid, prompt) VALUES ('delete', old.id, old.prompt);
END;
CREATE TRIGGER turns_fts_update AFTER UPDATE OF prompt ON turns BEGIN
    INSERT INTO turns_fts (turns_fts, rowid, prompt) VALUES ('delete', old.id, old.prompt);
    INSERT INTO turns_fts (rowid, prompt) VALUES (new.id, new.prompt);
END;

CREATE TRIGGER responses_fts_ended AFTER UPDATE OF status, text ON responses
    WHEN old.status IN ('pending', 'streaming') AND new.status NOT IN ('pending', 'streaming')
BEGIN
    INSERT INTO responses_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER responses_fts_changed AFTER UPDATE OF text ON responses
    WHEN old.status NOT IN ('pending', 'streaming') AND new.status NOT IN ('pending', 'streaming')
BEGIN
    INSERT INTO responses_fts (responses_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO responses_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER responses_fts_delete AFTER DELETE ON responses
    WHEN old.status NOT IN ('pending', 'streaming')
BEGIN
    INSERT INTO responses_fts (responses_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
