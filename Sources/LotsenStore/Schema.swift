import LotsenSQLite

/// The normalized schema, as ordered migrations. Add a migration; never edit a released one.
public enum Schema {
    public static let migrator = Migrator([
        .init("create core tables", sql: coreTables),
        .init("import runs", sql: importRuns),
        .init("calendar", sql: calendar),
        .init("enquiries and staff tokens", sql: enquiries),
        .init("staff page sessions", sql: staffSessions),
        .init("hand edits, their audit, the change log, funders, event times and samverkan", sql: handEdits),
    ])

    /// Staff editing: every change audited field by field (the actor is the staff token's id; names stay in the
    /// enquiry database), the fields a person set (an import keeps them), the log of what changed in the catalogue
    /// (the Atom feed, the newsletter), other funders' grants, the årshjul events' times and places, and the
    /// samverkan records (styrgrupp members, IOP agreements) as JSON documents.
    static let handEdits = """
    CREATE TABLE edits (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        record_type TEXT NOT NULL,
        record_id   TEXT NOT NULL,
        field       TEXT NOT NULL,
        before      TEXT,
        after       TEXT
    );
    CREATE INDEX edits_record ON edits(record_type, record_id, id);
    CREATE TABLE hand_fields (
        record_type TEXT NOT NULL,
        record_id   TEXT NOT NULL,
        field       TEXT NOT NULL,
        edited_at   TEXT NOT NULL,
        PRIMARY KEY (record_type, record_id, field)
    ) WITHOUT ROWID;
    CREATE TABLE changes (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        record_type TEXT NOT NULL CHECK (record_type IN ('premises', 'grant', 'event')),
        record_id   TEXT NOT NULL,
        name        TEXT NOT NULL,
        change      TEXT NOT NULL CHECK (change IN ('added', 'changed', 'deadline_moved', 'withdrawn')),
        detail      TEXT
    );
    CREATE INDEX changes_at ON changes(at);
    ALTER TABLE grants ADD COLUMN funder TEXT;
    ALTER TABLE calendar_events ADD COLUMN starts TEXT;
    ALTER TABLE calendar_events ADD COLUMN ends TEXT;
    ALTER TABLE calendar_events ADD COLUMN place TEXT;
    CREATE TABLE samverkan (
        kind     TEXT NOT NULL CHECK (kind IN ('styrgrupp', 'iop')),
        id       TEXT NOT NULL,
        position INTEGER NOT NULL,
        body     TEXT NOT NULL,
        PRIMARY KEY (kind, id)
    ) WITHOUT ROWID;
    """

    /// Sign-ins on the staff pages: the browser's cookie holds a session secret, not the staff token (which also
    /// opens the API), and only its SHA-256 is stored. A session ends at `expires_at`, on signing out, or when its
    /// token is revoked.
    static let staffSessions = """
    CREATE TABLE staff_sessions (
        session_hash TEXT PRIMARY KEY,
        token_id     TEXT NOT NULL REFERENCES staff_tokens(id) ON DELETE CASCADE,
        created_at   TEXT NOT NULL,
        expires_at   TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX staff_sessions_by_expiry ON staff_sessions(expires_at);
    """

    /// Enquiries (ärenden) with their history, and the staff tokens that may read and change them (only hashes).
    /// Enquiry writes do not touch the catalogue's revision: they are not premises, grants or units.
    static let enquiries = """
    CREATE TABLE enquiries (
        seq                     INTEGER PRIMARY KEY,
        reference               TEXT NOT NULL UNIQUE,
        text                    TEXT NOT NULL,
        topic                   TEXT,
        channel                 TEXT NOT NULL,
        name                    TEXT,
        email                   TEXT,
        phone                   TEXT,
        association             TEXT,
        organisation_number     TEXT,
        status                  TEXT NOT NULL CHECK (status IN ('received', 'routed', 'forwarded', 'answered', 'closed')),
        routed_unit             TEXT NOT NULL,
        confidence              REAL NOT NULL,
        assigned_unit           TEXT NOT NULL,
        created_at              TEXT NOT NULL,
        updated_at              TEXT NOT NULL,
        closed_at               TEXT,
        personal_data_erased_at TEXT
    );
    CREATE INDEX enquiries_status ON enquiries(status, assigned_unit);
    CREATE INDEX enquiries_email ON enquiries(email) WHERE email IS NOT NULL;
    CREATE TABLE enquiry_events (
        id          INTEGER PRIMARY KEY,
        enquiry_seq INTEGER NOT NULL REFERENCES enquiries(seq),
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL,
        from_value  TEXT,
        to_value    TEXT,
        note        TEXT
    );
    CREATE INDEX enquiry_events_enquiry ON enquiry_events(enquiry_seq, id);
    CREATE TABLE staff_tokens (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        role        TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
        token_hash  TEXT NOT NULL UNIQUE,
        created_at  TEXT NOT NULL,
        revoked_at  TEXT
    ) WITHOUT ROWID;
    """

    /// The årshjul's events, and the iCalendar SEQUENCE of every deadline whose date has changed.
    static let calendar = """
    CREATE TABLE calendar_events (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        unit_id     TEXT REFERENCES units(id),
        url         TEXT,
        schedule    TEXT NOT NULL,
        dates       TEXT NOT NULL DEFAULT '[]',
        updated_at  TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE calendar_sequences (
        uid      TEXT PRIMARY KEY,
        date     TEXT NOT NULL,
        sequence INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    """

    /// Every import is logged; records point at the run that last saw them.
    static let importRuns = """
    CREATE TABLE import_runs (
        id          INTEGER PRIMARY KEY,
        source_id   INTEGER NOT NULL REFERENCES sources(id),
        profile     TEXT,
        kind        TEXT NOT NULL CHECK (kind IN ('premises', 'grants')),
        status      TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
        started_at  TEXT NOT NULL,
        finished_at TEXT,
        checksum    TEXT NOT NULL,
        added       INTEGER NOT NULL DEFAULT 0,
        updated     INTEGER NOT NULL DEFAULT 0,
        unchanged   INTEGER NOT NULL DEFAULT 0,
        withdrawn   INTEGER NOT NULL DEFAULT 0,
        rejected    INTEGER NOT NULL DEFAULT 0,
        error       TEXT
    );
    CREATE INDEX import_runs_source ON import_runs(source_id, started_at);
    ALTER TABLE premises ADD COLUMN import_run_id INTEGER REFERENCES import_runs(id);
    ALTER TABLE grants ADD COLUMN import_run_id INTEGER REFERENCES import_runs(id);
    CREATE INDEX premises_source ON premises(source_id);
    CREATE INDEX grants_source ON grants(source_id);
    """

    static let coreTables = """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO meta(key, value) VALUES ('revision', '0'), ('modified_at', '1970-01-01T00:00:00Z');

    -- Where records come from: a URL or a file, when it was read, and what it held.
    CREATE TABLE sources (
        id         INTEGER PRIMARY KEY,
        uri        TEXT NOT NULL UNIQUE,
        title      TEXT,
        fetched_at TEXT NOT NULL,
        checksum   TEXT NOT NULL
    );

    -- Controlled vocabularies.
    CREATE TABLE premises_kinds    (code TEXT PRIMARY KEY, sv TEXT NOT NULL, en TEXT NOT NULL, synonyms TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
    CREATE TABLE facilities        (code TEXT PRIMARY KEY, sv TEXT NOT NULL, en TEXT NOT NULL, synonyms TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
    CREATE TABLE tariffs           (code TEXT PRIMARY KEY, sv TEXT NOT NULL, en TEXT NOT NULL, synonyms TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
    CREATE TABLE applicant_types   (code TEXT PRIMARY KEY, sv TEXT NOT NULL, en TEXT NOT NULL, synonyms TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
    CREATE TABLE grant_categories  (code TEXT PRIMARY KEY, sv TEXT NOT NULL, en TEXT NOT NULL, synonyms TEXT NOT NULL DEFAULT '') WITHOUT ROWID;

    CREATE TABLE units (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        parent_id   TEXT REFERENCES units(id),
        source_id   INTEGER REFERENCES sources(id),
        updated_at  TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE contact_channels (
        id       INTEGER PRIMARY KEY,
        unit_id  TEXT NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind     TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'eservice', 'visit', 'web')),
        value    TEXT NOT NULL,
        label    TEXT,
        has_hours INTEGER NOT NULL DEFAULT 0,
        closed_on_public_holidays INTEGER NOT NULL DEFAULT 1,
        UNIQUE (unit_id, position)
    );

    -- Regular weekly hours: several intervals a day, each valid within an optional period.
    CREATE TABLE opening_hours (
        id         INTEGER PRIMARY KEY,
        channel_id INTEGER NOT NULL REFERENCES contact_channels(id) ON DELETE CASCADE,
        weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        opens      TEXT NOT NULL,
        closes     TEXT NOT NULL CHECK (closes > opens),
        valid_from TEXT,
        valid_to   TEXT
    );
    CREATE INDEX opening_hours_channel ON opening_hours(channel_id);

    -- Dated exceptions: closed days (no intervals) or other hours on one day.
    CREATE TABLE opening_exceptions (
        id         INTEGER PRIMARY KEY,
        channel_id INTEGER NOT NULL REFERENCES contact_channels(id) ON DELETE CASCADE,
        date       TEXT NOT NULL,
        opens      TEXT,
        closes     TEXT,
        note       TEXT,
        CHECK ((opens IS NULL) = (closes IS NULL))
    );
    CREATE INDEX opening_exceptions_channel ON opening_exceptions(channel_id, date);

    CREATE TABLE premises (
        seq                 INTEGER PRIMARY KEY,
        id                  TEXT NOT NULL UNIQUE,
        name                TEXT NOT NULL,
        kind                TEXT NOT NULL REFERENCES premises_kinds(code),
        venue               TEXT,
        owner_unit_id       TEXT REFERENCES units(id),
        street              TEXT,
        postal_code         TEXT,
        district            TEXT,
        latitude            REAL CHECK (latitude BETWEEN -90 AND 90),
        longitude           REAL CHECK (longitude BETWEEN -180 AND 180),
        capacity            INTEGER CHECK (capacity >= 0),
        capacity_estimated  INTEGER NOT NULL DEFAULT 0,
        area_m2             REAL CHECK (area_m2 > 0),
        step_free           INTEGER,
        accessible_toilet   INTEGER,
        rent_associations   INTEGER NOT NULL,
        rent_private        INTEGER NOT NULL,
        rent_youth          INTEGER NOT NULL,
        booking_phone       TEXT,
        booking_email       TEXT,
        booking_url         TEXT,
        booking_note        TEXT,
        description         TEXT NOT NULL DEFAULT '',
        origin_url          TEXT,
        content_hash        TEXT NOT NULL,
        source_id           INTEGER REFERENCES sources(id),
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL,
        last_seen_at        TEXT NOT NULL,
        withdrawn_at        TEXT
    );
    CREATE INDEX premises_updated ON premises(updated_at);

    CREATE TABLE premises_facilities (
        premises_seq INTEGER NOT NULL REFERENCES premises(seq) ON DELETE CASCADE,
        facility     TEXT NOT NULL REFERENCES facilities(code),
        PRIMARY KEY (premises_seq, facility)
    ) WITHOUT ROWID;

    CREATE TABLE premises_prices (
        premises_seq INTEGER NOT NULL REFERENCES premises(seq) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        tariff       TEXT NOT NULL REFERENCES tariffs(code),
        amount       REAL NOT NULL CHECK (amount >= 0),
        currency     TEXT NOT NULL DEFAULT 'SEK',
        unit         TEXT NOT NULL CHECK (unit IN ('hour', 'half_day', 'day', 'occasion', 'season')),
        note         TEXT,
        PRIMARY KEY (premises_seq, position)
    ) WITHOUT ROWID;

    CREATE TABLE grants (
        seq              INTEGER PRIMARY KEY,
        id               TEXT NOT NULL UNIQUE,
        name             TEXT NOT NULL,
        summary          TEXT NOT NULL DEFAULT '',
        description      TEXT NOT NULL DEFAULT '',
        owner_unit_id    TEXT REFERENCES units(id),
        max_amount       REAL CHECK (max_amount >= 0),
        currency         TEXT,
        application_url  TEXT,
        deadline_text    TEXT,
        -- Structured deadline rules as JSON, filled in by the grant calendar.
        deadline_rules   TEXT,
        origin_url       TEXT,
        content_hash     TEXT NOT NULL,
        source_id        INTEGER REFERENCES sources(id),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        last_seen_at     TEXT NOT NULL,
        withdrawn_at     TEXT
    );
    CREATE INDEX grants_owner ON grants(owner_unit_id);

    CREATE TABLE grant_applicants (
        grant_seq INTEGER NOT NULL REFERENCES grants(seq) ON DELETE CASCADE,
        applicant TEXT NOT NULL REFERENCES applicant_types(code),
        PRIMARY KEY (grant_seq, applicant)
    ) WITHOUT ROWID;
    CREATE INDEX grant_applicants_code ON grant_applicants(applicant);

    CREATE TABLE grant_category_links (
        grant_seq INTEGER NOT NULL REFERENCES grants(seq) ON DELETE CASCADE,
        category  TEXT NOT NULL REFERENCES grant_categories(code),
        PRIMARY KEY (grant_seq, category)
    ) WITHOUT ROWID;
    CREATE INDEX grant_category_links_code ON grant_category_links(category);

    CREATE TABLE grant_conditions (
        grant_seq INTEGER NOT NULL REFERENCES grants(seq) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        text      TEXT NOT NULL,
        PRIMARY KEY (grant_seq, position)
    ) WITHOUT ROWID;

    CREATE TABLE grant_apply_methods (
        grant_seq INTEGER NOT NULL REFERENCES grants(seq) ON DELETE CASCADE,
        method    TEXT NOT NULL CHECK (method IN ('eservice', 'form', 'system', 'email')),
        PRIMARY KEY (grant_seq, method)
    ) WITHOUT ROWID;

    -- Full-text search. unicode61 with remove_diacritics 2 folds case and å/ä/ö/é for matching
    -- while the tables above keep the text as written. rowid = premises.seq / grants.seq.
    CREATE VIRTUAL TABLE premises_fts USING fts5(
        name, venue, kind, district, facilities, description,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE VIRTUAL TABLE grants_fts USING fts5(
        name, summary, description, categories, applicants, conditions,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    """
}
