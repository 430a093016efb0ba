namespace Lagebild.Store.Queries;

/// <summary>Filters shared by incident and event queries; null means no filter.</summary>
public sealed record IncidentFilter
{
    /// <summary>Actor code (ISO alpha-3 or entity id) among sources or targets.</summary>
    public string? Actor { get; init; }

    /// <summary>PLOVER category (<c>THREATEN</c>).</summary>
    public string? Type { get; init; }

    /// <summary>PLOVER quad class: <c>verbal-cooperation</c>, <c>material-cooperation</c>, <c>verbal-conflict</c>, <c>material-conflict</c>.</summary>
    public string? QuadClass { get; init; }

    /// <summary>Inclusive lower bound on the incident date (ISO date).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Inclusive upper bound on the incident date (ISO date).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Outlet name among the reports.</summary>
    public string? Outlet { get; init; }

    /// <summary>Words that must occur in a report's sentence.</summary>
    public string? Text { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = 100;
}

/// <summary>One report of an incident: where a document states it.</summary>
public sealed record ReportRecord(string Document, string? Outlet, int Start, int End, string Text, string Rule, string? DateBasis)
{
    /// <summary>The document this one is a near-duplicate of (reprinted agency copy); such reports do not corroborate.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>Why this report was merged into the incident (or that it was the first report).</summary>
    public string? MergeReason { get; init; }
}

/// <summary>One real-world event, merged from every report of it.</summary>
public sealed record IncidentRecord(
    long Id,
    string Type,
    string? Mode,
    IReadOnlyList<string> Source,
    IReadOnlyList<string> Target,
    string? Date,
    string? Location,
    IReadOnlyList<string> Context,
    string QuadClass,
    int Corroboration,
    string MergeReason,
    IReadOnlyList<ReportRecord> Reports);

/// <summary>One event as a document states it, with the incident it was merged into.</summary>
public sealed record EventRecord(
    long Id,
    long IncidentId,
    string Document,
    string? Outlet,
    string Type,
    string? Mode,
    IReadOnlyList<string> Source,
    IReadOnlyList<string> Target,
    string? Date,
    string? Location,
    IReadOnlyList<string> Context,
    int Start,
    int End,
    string Text,
    string Rule);

/// <summary>An actor: how often it is mentioned and acts, and with whom.</summary>
public sealed record ActorRecord(string Code, string? Name, int Mentions, int Incidents, IReadOnlyList<ActorRelation> Relations);

/// <summary>Incidents from one actor to another, split by cooperation and conflict.</summary>
public sealed record ActorRelation(string Source, string Target, int Incidents, int Cooperation, int Conflict);

/// <summary>A quote, merged across the outlets that report it.</summary>
public sealed record QuoteRecord(
    long Id, string Kind, string? Speaker, string? SpeakerText, string Text, string? Date, IReadOnlyList<QuoteReport> Reports);

/// <summary>Where a quote is reported.</summary>
public sealed record QuoteReport(string Document, string? Outlet, int Start, int End, string? Cue, string? Via);

/// <summary>A stored document with its text and annotations (for the incident view).</summary>
public sealed record DocumentRecord(
    string Id, string? Outlet, string? Url, string Lang, string? Dct, string? DctBasis, string Text, string AnalysisJson, string? DuplicateOf);

/// <summary>Per outlet: how much it reports and whom it features.</summary>
public sealed record OutletRecord(
    string Outlet, int Documents, int Events, IReadOnlyDictionary<string, int> Actors, IReadOnlyDictionary<string, int> QuotesBySpeaker);

/// <summary>A sentence found by full-text search.</summary>
public sealed record SearchHit(string Document, string? Outlet, int Start, int End, string Text, double Rank);

/// <summary>One page of results, with the total count for paging.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit);
