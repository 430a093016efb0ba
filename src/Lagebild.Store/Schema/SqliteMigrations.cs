namespace Lagebild.Store.Schema;

/// <summary>The SQLite schema, as forward migrations.</summary>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "documents, sentences with FTS5, entities, events, incidents, quotes",
        [
            """
            CREATE TABLE documents(
              id TEXT PRIMARY KEY, hash TEXT NOT NULL, outlet TEXT, url TEXT, lang TEXT NOT NULL,
              dct TEXT, dct_basis TEXT, text TEXT NOT NULL, analysis TEXT NOT NULL, duplicate_of TEXT,
              similarity REAL, signature TEXT, analysis_hash TEXT NOT NULL, seq INTEGER NOT NULL)
            """,
            "CREATE INDEX documents_outlet ON documents(outlet)",
            "CREATE TABLE document_bands(band TEXT NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY(band, doc_id))",
            "CREATE INDEX document_bands_doc ON document_bands(doc_id)",
            "CREATE TABLE sentences(id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL)",
            "CREATE INDEX sentences_doc ON sentences(doc_id)",
            "CREATE VIRTUAL TABLE sentence_fts USING fts5(text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
            "CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN INSERT INTO sentence_fts(rowid, text) VALUES (new.id, new.text); END",
            "CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN INSERT INTO sentence_fts(sentence_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
            """
            CREATE TABLE entities(doc_id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
              text TEXT NOT NULL, type TEXT NOT NULL, entity_id TEXT, actor TEXT, rule TEXT NOT NULL)
            """,
            "CREATE INDEX entities_doc ON entities(doc_id)",
            "CREATE INDEX entities_actor ON entities(actor)",
            """
            CREATE TABLE incidents(id INTEGER PRIMARY KEY, type TEXT NOT NULL, mode TEXT, source TEXT NOT NULL,
              target TEXT NOT NULL, date TEXT, month TEXT, location TEXT, context TEXT NOT NULL, quad TEXT NOT NULL,
              corroboration INTEGER NOT NULL DEFAULT 0)
            """,
            "CREATE INDEX incidents_type_month ON incidents(type, month)",
            "CREATE INDEX incidents_date ON incidents(date)",
            "CREATE TABLE incident_actors(incident_id INTEGER NOT NULL, actor TEXT NOT NULL, PRIMARY KEY(incident_id, actor))",
            "CREATE INDEX incident_actors_actor ON incident_actors(actor)",
            """
            CREATE TABLE events(id INTEGER PRIMARY KEY, incident_id INTEGER NOT NULL, doc_id TEXT NOT NULL,
              type TEXT NOT NULL, mode TEXT, source TEXT NOT NULL, target TEXT NOT NULL, date TEXT, location TEXT,
              context TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
              rule TEXT NOT NULL, reason TEXT NOT NULL)
            """,
            "CREATE INDEX events_doc ON events(doc_id)",
            "CREATE INDEX events_incident ON events(incident_id)",
            """
            CREATE TABLE quotes(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, speaker TEXT,
              speaker_text TEXT, text TEXT NOT NULL, date TEXT)
            """,
            "CREATE INDEX quotes_speaker ON quotes(speaker)",
            """
            CREATE TABLE quote_reports(quote_id INTEGER NOT NULL, doc_id TEXT NOT NULL, span_start INTEGER NOT NULL,
              span_end INTEGER NOT NULL, cue TEXT, via TEXT)
            """,
            "CREATE INDEX quote_reports_doc ON quote_reports(doc_id)",
            "CREATE INDEX quote_reports_quote ON quote_reports(quote_id)",
        ]),
    ];
}
