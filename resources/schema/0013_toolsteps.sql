-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Quorum authors
--
-- Tools (docs/tools.md): the steps of an answer that called tools (a JSON array of
-- ToolStep objects: the call, where it ran, what the model was told, how long it took), and
-- the tool servers a conversation uses (its toolset, a JSON array of server names).
-- The steps are searchable with the answer: the search index gets a second column, so it is
-- made again, with its triggers, and filled from what is stored.

ALTER TABLE responses ADD COLUMN tool_steps TEXT NOT NULL DEFAULT '[]';
ALTER TABLE conversations ADD COLUMN toolset TEXT NOT NULL DEFAULT '[]';

DROP TRIGGER responses_fts_ended;
DROP TRIGGER responses_fts_changed;
DROP TRIGGER responses_fts_delete;
DROP TRIGGER responses_fts_insert;
DROP TABLE responses_fts;

CREATE VIRTUAL TABLE responses_fts USING fts5(text, tool_steps, content = 'responses', content_rowid = 'id',
    tokenize = 'trigram');
INSERT INTO responses_fts (rowid, text, tool_steps)
    SELECT id, text, tool_steps FROM responses WHERE status NOT IN ('pending', 'streaming');

CREATE TRIGGER responses_fts_insert AFTER INSERT ON responses
    WHEN new.status NOT IN ('pending', 'streaming')
BEGIN
    INSERT INTO responses_fts (rowid, text, tool_steps) VALUES (new.id, new.text, new.tool_steps);
END;
CREATE TRIGGER responses_fts_ended AFTER UPDATE OF status, text, tool_steps ON responses
    WHEN old.status IN ('pending', 'streaming') AND new.status NOT IN ('pending', 'streaming')
BEGIN
    INSERT INTO responses_fts (rowid, text, tool_steps) VALUES (new.id, new.text, new.tool_steps);
END;
CREATE TRIGGER responses_fts_changed AFTER UPDATE OF text, tool_steps ON responses
    WHEN old.status NOT IN ('pending', 'streaming') AND new.status NOT IN ('pending', 'streaming')
BEGIN
    INSERT INTO responses_fts (responses_fts, rowid, text, tool_steps) VALUES ('delete', old.id, old.text, old.tool_steps);
    INSERT INTO responses_fts (rowid, text, tool_steps) VALUES (new.id, new.text, new.tool_steps);
END;
CREATE TRIGGER responses_fts_delete AFTER DELETE ON responses
    WHEN old.status NOT IN ('pending', 'streaming')
BEGIN
    INSERT INTO responses_fts (responses_fts, rowid, text, tool_steps) VALUES ('delete', old.id, old.text, old.tool_steps);
END;
