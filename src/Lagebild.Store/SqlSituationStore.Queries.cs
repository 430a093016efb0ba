using System.Data.Common;
using System.Globalization;
using Lagebild.Store.Merging;
using Lagebild.Store.Queries;

namespace Lagebild.Store;

public abstract partial class SqlSituationStore
{
    /// <summary>The SQL (with @p0 = query text, @p1 = limit, @p2 = offset) of a full-text search over sentences,
    /// selecting doc_id, outlet, span_start, span_end, text, rank; and the SQL counting all hits.</summary>
    protected abstract (string Select, string Count) SearchSql { get; }

    /// <summary>Turns user words into the backend's full-text query, or null when there is nothing to search.</summary>
    protected abstract string? SearchQuery(string text);

    public Task<Page<IncidentRecord>> IncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken = default) =>
        GatedAsync(async () =>
        {
            var (where, args) = IncidentWhere(filter);
            int total = Convert.ToInt32(await ScalarAsync($"SELECT COUNT(*) FROM incidents i WHERE {where}", args.ToArray(), cancellationToken));
            args.Add(Math.Max(0, filter.Limit));
            args.Add(Math.Max(0, filter.Offset));
            var incidents = await QueryAsync(
                $"""
                SELECT i.id, i.type, i.mode, i.source, i.target, i.date, i.location, i.context, i.quad, i.corroboration
                FROM incidents i WHERE {where} ORDER BY i.date IS NULL, i.date, i.id LIMIT @p{args.Count - 2} OFFSET @p{args.Count - 1}
                """, args.ToArray(), ReadIncidentHead, cancellationToken);
            return new Page<IncidentRecord>(await WithReportsAsync(incidents, cancellationToken), total, filter.Offset, filter.Limit);
        }, cancellationToken);

    public Task<IncidentRecord?> IncidentAsync(long id, CancellationToken cancellationToken = default) =>
        GatedAsync(async () =>
        {
            var incidents = await QueryAsync(
                "SELECT i.id, i.type, i.mode, i.source, i.target, i.date, i.location, i.context, i.quad, i.corroboration FROM incidents i WHERE i.id = @p0",
                [id], ReadIncidentHead, cancellationToken);
            return (await WithReportsAsync(incidents, cancellationToken)).FirstOrDefault();
        }, cancellationToken);

    public Task<Page<EventRecord>> EventsAsync(IncidentFilter filter, CancellationToken cancellationToken = default) =>
        GatedAsync(async () =>
        {
            var (where, args) = IncidentWhere(filter);
            const string from = "FROM events e JOIN incidents i ON i.id = e.incident_id JOIN documents d ON d.id = e.doc_id";
            int total = Convert.ToInt32(await ScalarAsync($"SELECT COUNT(*) {from} WHERE {where}", args.ToArray(), cancellationToken));
            args.Add(Math.Max(0, filter.Limit));
            args.Add(Math.Max(0, filter.Offset));
            var events = await QueryAsync(
                $"""
                SELECT e.id, e.incident_id, e.doc_id, d.outlet, e.type, e.mode, e.source, e.target, e.date, e.location, e.context,
                  e.span_start, e.span_end, e.text, e.rule
                {from} WHERE {where} ORDER BY i.date IS NULL, i.date, e.id LIMIT @p{args.Count - 2} OFFSET @p{args.Count - 1}
                """, args.ToArray(),
                r => new EventRecord(Long(r, 0), Long(r, 1), r.GetString(2), Str(r, 3), r.GetString(4), Str(r, 5), SplitList(Str(r, 6)),
                    SplitList(Str(r, 7)), Str(r, 8), Str(r, 9), SplitList(Str(r, 10)), Int(r, 11), Int(r, 12), r.GetString(13), r.GetString(14)),
                cancellationToken);
            return new Page<EventRecord>(events, total, filter.Offset, filter.Limit);
        }, cancellationToken);

    public Task<IReadOnlyList<ActorRecord>> ActorsAsync(CancellationToken cancellationToken = default) =>
        GatedAsync<IReadOnlyList<ActorRecord>>(async () =>
        {
            var mentions = await QueryAsync(
                // An actor is named after the state or body itself (a GPE or ORG mention), not after a person acting for it.
                "SELECT actor, COUNT(*), COALESCE(MIN(CASE WHEN type = 'GPE' THEN entity_id END), MIN(CASE WHEN type = 'ORG' THEN entity_id END), MIN(entity_id)), MIN(text) FROM entities WHERE actor IS NOT NULL GROUP BY actor", [],
                r => (Actor: r.GetString(0), Count: Int(r, 1), Name: Str(r, 2)?.Replace('_', ' ') ?? Str(r, 3)), cancellationToken);
            var incidentCounts = await QueryAsync("SELECT actor, COUNT(*) FROM incident_actors GROUP BY actor", [],
                r => (Actor: r.GetString(0), Count: Int(r, 1)), cancellationToken);
            var incidents = await QueryAsync("SELECT source, target, quad FROM incidents", [],
                r => (Source: SplitList(Str(r, 0)), Target: SplitList(Str(r, 1)), Quad: r.GetString(2)), cancellationToken);

            var relations = new Dictionary<(string, string), (int All, int Coop, int Conflict)>();
            foreach (var i in incidents)
                foreach (var s in i.Source)
                    foreach (var t in i.Target)
                    {
                        if (s == t) continue;
                        var v = relations.GetValueOrDefault((s, t));
                        relations[(s, t)] = (v.All + 1, v.Coop + (QuadClass.IsCooperation(i.Quad) ? 1 : 0), v.Conflict + (QuadClass.IsConflict(i.Quad) ? 1 : 0));
                    }

            var codes = new SortedSet<string>(StringComparer.Ordinal);
            codes.UnionWith(mentions.Select(m => m.Actor));
            codes.UnionWith(incidentCounts.Select(m => m.Actor));
            var mentionBy = mentions.ToDictionary(m => m.Actor);
            var incidentBy = incidentCounts.ToDictionary(m => m.Actor, m => m.Count);
            return codes.Select(code => new ActorRecord(
                    code,
                    mentionBy.TryGetValue(code, out var m) ? m.Name : null,
                    mentionBy.TryGetValue(code, out var m2) ? m2.Count : 0,
                    incidentBy.GetValueOrDefault(code),
                    relations.Where(r => r.Key.Item1 == code || r.Key.Item2 == code)
                        .OrderByDescending(r => r.Value.All).ThenBy(r => r.Key.Item1, StringComparer.Ordinal).ThenBy(r => r.Key.Item2, StringComparer.Ordinal)
                        .Select(r => new ActorRelation(r.Key.Item1, r.Key.Item2, r.Value.All, r.Value.Coop, r.Value.Conflict)).ToList()))
                .OrderByDescending(a => a.Mentions + a.Incidents).ThenBy(a => a.Code, StringComparer.Ordinal).ToList();
        }, cancellationToken);

    public Task<Page<QuoteRecord>> QuotesAsync(string? speaker, int offset, int limit, CancellationToken cancellationToken = default) =>
        GatedAsync(async () =>
        {
            string where = "1 = 1";
            var args = new List<object?>();
            if (!string.IsNullOrWhiteSpace(speaker))
            {
                where = $"(q.speaker = @p0 OR q.speaker_text {Like} @p1)";
                args.Add(speaker);
                args.Add("%" + speaker + "%");
            }
            int total = Convert.ToInt32(await ScalarAsync($"SELECT COUNT(*) FROM quotes q WHERE {where}", args.ToArray(), cancellationToken));
            args.Add(Math.Max(0, limit));
            args.Add(Math.Max(0, offset));
            var quotes = await QueryAsync(
                $"SELECT q.id, q.kind, q.speaker, q.speaker_text, q.text, q.date FROM quotes q WHERE {where} ORDER BY q.date IS NULL, q.date, q.id LIMIT @p{args.Count - 2} OFFSET @p{args.Count - 1}",
                args.ToArray(), r => (Id: Long(r, 0), Kind: r.GetString(1), Speaker: Str(r, 2), SpeakerText: Str(r, 3), Text: r.GetString(4), Date: Str(r, 5)),
                cancellationToken);
            var reports = new Dictionary<long, List<QuoteReport>>();
            if (quotes.Count > 0)
            {
                var ids = string.Join(", ", quotes.Select(q => q.Id.ToString(CultureInfo.InvariantCulture)));
                foreach (var (id, report) in await QueryAsync(
                    $"SELECT r.quote_id, r.doc_id, d.outlet, r.span_start, r.span_end, r.cue, r.via FROM quote_reports r JOIN documents d ON d.id = r.doc_id WHERE r.quote_id IN ({ids}) ORDER BY d.seq, r.span_start",
                    [], r => (Long(r, 0), new QuoteReport(r.GetString(1), Str(r, 2), Int(r, 3), Int(r, 4), Str(r, 5), Str(r, 6))), cancellationToken))
                {
                    if (!reports.TryGetValue(id, out var list)) reports[id] = list = [];
                    list.Add(report);
                }
            }
            var items = quotes.Select(q => new QuoteRecord(q.Id, q.Kind, q.Speaker, q.SpeakerText, q.Text, q.Date,
                reports.TryGetValue(q.Id, out var list) ? list : [])).ToList();
            return new Page<QuoteRecord>(items, total, offset, limit);
        }, cancellationToken);

    public Task<DocumentRecord?> DocumentAsync(string id, CancellationToken cancellationToken = default) =>
        GatedAsync(async () => (await QueryAsync(
            "SELECT id, outlet, url, lang, dct, dct_basis, text, analysis, duplicate_of FROM documents WHERE id = @p0", [id],
            r => new DocumentRecord(r.GetString(0), Str(r, 1), Str(r, 2), r.GetString(3), Str(r, 4), Str(r, 5), r.GetString(6), r.GetString(7), Str(r, 8)),
            cancellationToken)).FirstOrDefault(), cancellationToken);

    public Task<IReadOnlyList<string>> DocumentIdsAsync(CancellationToken cancellationToken = default) =>
        GatedAsync<IReadOnlyList<string>>(async () =>
            await QueryAsync("SELECT id FROM documents ORDER BY seq", [], r => r.GetString(0), cancellationToken), cancellationToken);

    public Task<IReadOnlyList<OutletRecord>> OutletsAsync(CancellationToken cancellationToken = default) =>
        GatedAsync<IReadOnlyList<OutletRecord>>(async () =>
        {
            const string outlet = "COALESCE(d.outlet, '')";
            var documents = await QueryAsync($"SELECT {outlet}, COUNT(*) FROM documents d GROUP BY {outlet}", [],
                r => (Outlet: r.GetString(0), Count: Int(r, 1)), cancellationToken);
            var events = (await QueryAsync($"SELECT {outlet}, COUNT(*) FROM events e JOIN documents d ON d.id = e.doc_id GROUP BY {outlet}", [],
                r => (Outlet: r.GetString(0), Count: Int(r, 1)), cancellationToken)).ToDictionary(x => x.Outlet, x => x.Count);
            var actors = await QueryAsync(
                $"SELECT {outlet}, e.actor, COUNT(*) FROM entities e JOIN documents d ON d.id = e.doc_id WHERE e.actor IS NOT NULL GROUP BY {outlet}, e.actor", [],
                r => (Outlet: r.GetString(0), Key: r.GetString(1), Count: Int(r, 2)), cancellationToken);
            var quotes = await QueryAsync(
                $"SELECT {outlet}, COALESCE(q.speaker, ''), COUNT(*) FROM quote_reports r JOIN quotes q ON q.id = r.quote_id JOIN documents d ON d.id = r.doc_id GROUP BY {outlet}, COALESCE(q.speaker, '')", [],
                r => (Outlet: r.GetString(0), Key: r.GetString(1), Count: Int(r, 2)), cancellationToken);
            return documents.OrderByDescending(x => x.Count).ThenBy(x => x.Outlet, StringComparer.Ordinal)
                .Select(x => new OutletRecord(
                    x.Outlet,
                    x.Count,
                    events.GetValueOrDefault(x.Outlet),
                    actors.Where(a => a.Outlet == x.Outlet).OrderByDescending(a => a.Count).ThenBy(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Count),
                    quotes.Where(a => a.Outlet == x.Outlet).OrderByDescending(a => a.Count).ThenBy(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Count)))
                .ToList();
        }, cancellationToken);

    public Task<Page<SearchHit>> SearchAsync(string query, int offset, int limit, CancellationToken cancellationToken = default) =>
        GatedAsync(async () =>
        {
            if (SearchQuery(query ?? "") is not { } q) return new Page<SearchHit>([], 0, offset, limit);
            var (select, count) = SearchSql;
            int total = Convert.ToInt32(await ScalarAsync(count, [q], cancellationToken));
            var hits = await QueryAsync(select, [q, Math.Max(0, limit), Math.Max(0, offset)],
                r => new SearchHit(r.GetString(0), Str(r, 1), Int(r, 2), Int(r, 3), r.GetString(4), Convert.ToDouble(r.GetValue(5), CultureInfo.InvariantCulture)),
                cancellationToken);
            return new Page<SearchHit>(hits, total, offset, limit);
        }, cancellationToken);

    private (string Where, List<object?> Args) IncidentWhere(IncidentFilter filter)
    {
        var clauses = new List<string> { "1 = 1" };
        var args = new List<object?>();
        string Next(object? value)
        {
            args.Add(value);
            return "@p" + (args.Count - 1).ToString(CultureInfo.InvariantCulture);
        }
        if (!string.IsNullOrWhiteSpace(filter.Actor))
            clauses.Add($"i.id IN (SELECT incident_id FROM incident_actors WHERE actor = {Next(filter.Actor)})");
        if (!string.IsNullOrWhiteSpace(filter.Type)) clauses.Add($"i.type = {Next(filter.Type.ToUpperInvariant())}");
        if (!string.IsNullOrWhiteSpace(filter.QuadClass)) clauses.Add($"i.quad = {Next(filter.QuadClass)}");
        if (filter.From is { } from) clauses.Add($"i.date >= {Next(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        // The whole last day counts, with its parts of day (2021-12-07TEV).
        if (filter.To is { } to) clauses.Add($"i.date < {Next(to.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        if (!string.IsNullOrWhiteSpace(filter.Outlet))
            clauses.Add($"i.id IN (SELECT e2.incident_id FROM events e2 JOIN documents d2 ON d2.id = e2.doc_id WHERE d2.outlet = {Next(filter.Outlet)})");
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var words = filter.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var conditions = words.Select(w => $"e3.text {Like} {Next("%" + w + "%")}");
            clauses.Add($"i.id IN (SELECT e3.incident_id FROM events e3 WHERE {string.Join(" AND ", conditions)})");
        }
        return (string.Join(" AND ", clauses), args);
    }

    private static (long Id, string Type, string? Mode, IReadOnlyList<string> Source, IReadOnlyList<string> Target, string? Date, string? Location,
        IReadOnlyList<string> Context, string Quad, int Corroboration) ReadIncidentHead(DbDataReader r) =>
        (Long(r, 0), r.GetString(1), Str(r, 2), SplitList(Str(r, 3)), SplitList(Str(r, 4)), Str(r, 5), Str(r, 6), SplitList(Str(r, 7)), r.GetString(8), Int(r, 9));

    private async Task<List<IncidentRecord>> WithReportsAsync(
        List<(long Id, string Type, string? Mode, IReadOnlyList<string> Source, IReadOnlyList<string> Target, string? Date, string? Location,
            IReadOnlyList<string> Context, string Quad, int Corroboration)> heads, CancellationToken ct)
    {
        var reports = new Dictionary<long, List<ReportRecord>>();
        if (heads.Count > 0)
        {
            var ids = string.Join(", ", heads.Select(h => h.Id.ToString(CultureInfo.InvariantCulture)));
            foreach (var (id, report) in await QueryAsync(
                $"""
                SELECT e.incident_id, e.doc_id, d.outlet, e.span_start, e.span_end, e.text, e.rule, d.dct_basis, d.duplicate_of, e.reason
                FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.incident_id IN ({ids}) ORDER BY e.id
                """, [],
                r => (Long(r, 0), new ReportRecord(r.GetString(1), Str(r, 2), Int(r, 3), Int(r, 4), r.GetString(5), r.GetString(6), Str(r, 7))
                {
                    DuplicateOf = Str(r, 8),
                    MergeReason = Str(r, 9),
                }), ct))
            {
                if (!reports.TryGetValue(id, out var list)) reports[id] = list = [];
                list.Add(report);
            }
        }
        return heads.Select(h =>
        {
            var list = reports.TryGetValue(h.Id, out var l) ? l : [];
            var reasons = list.Select(r => r.MergeReason).Where(r => r is not null && r != FirstReport).Distinct().ToList();
            string reason = reasons.Count == 0 ? "single report" : string.Join(" | ", reasons);
            return new IncidentRecord(h.Id, h.Type, h.Mode, h.Source, h.Target, h.Date, h.Location, h.Context, h.Quad, h.Corroboration, reason, list);
        }).ToList();
    }
}
