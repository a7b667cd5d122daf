-- The tokens of each signed-in person, under the random id their session cookie holds: the browser never
-- holds a token, and every replica reads the same sessions.
CREATE TABLE workbench_session (
    id            VARCHAR(64) PRIMARY KEY,
    id_token      TEXT        NOT NULL,
    access_token  TEXT        NOT NULL,
    refresh_token TEXT,
    expires_in    BIGINT,
    scope         TEXT,
    expires_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX workbench_session_expires_at ON workbench_session (expires_at);
