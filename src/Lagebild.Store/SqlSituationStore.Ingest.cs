using System.Security.Cryptography;
using System.Text;
using Lagebild.Core.Format;
using Lagebild.Core.Model;
using Lagebild.Store.Ingest;
using Lagebild.Store.Merging;

namespace Lagebild.Store;

public abstract partial class SqlSituationStore
{
    private const string FirstReport = "first report";

    /// <summary>Parameters per multi-row INSERT; see <see cref="RowBuffer.ParametersPerStatement"/>.</summary>
    protected virtual int ParametersPerStatement => 960;

    /// <summary>Ids per IN (…) list of the set-based statements.</summary>
    private const int IdsPerStatement = 500;

    public async Task<IngestResult> StoreAsync(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await BeginAsync(cancellationToken);
            if (_bands.Count > BandCache.MaxCandidates || !await UnchangedByOthersAsync(cancellationToken)) _bands.Clear();
            var batch = new BatchState(ParametersPerStatement);
            await LoadKnownDocumentsAsync(documents, batch, cancellationToken);
            foreach (var document in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (DocumentValidator.Problem(document) is { } problem)
                {
                    batch.Errors.Add(problem);
                    continue;
                }
                BeforeDocument?.Invoke(document);
                await StoreDocumentAsync(document, batch, cancellationToken);
            }
            await FinishBatchAsync(batch, cancellationToken);
            await CommitAsync(cancellationToken);
            await AfterBatchAsync(cancellationToken);
            return new IngestResult(batch.Added, batch.Updated, batch.Unchanged, batch.NearDuplicates, batch.Events, batch.NewIncidents)
            {
                Errors = batch.Errors,
            };
        }
        catch
        {
            _bands.Clear();
            await RollbackAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>What the near-duplicate search has read of the bands; kept across batches while no other connection writes.</summary>
    private readonly BandCache _bands = new();

    /// <summary>
    /// Called inside a batch's transaction, before it reads anything: true when no other connection has changed the
    /// store since this one's last batch, so that what it read then still holds. False when the backend cannot tell.
    /// </summary>
    protected virtual Task<bool> UnchangedByOthersAsync(CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>Called after a batch's commit (see <see cref="UnchangedByOthersAsync"/>).</summary>
    protected virtual Task AfterBatchAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An incident as the merge sees it during one batch; changes are written when the batch finishes.</summary>
    private sealed class CachedIncident(long id, MergeKey key)
    {
        public long Id { get; } = id;

        public MergeKey Key { get; set; } = key;

        /// <summary>True once the actor lists of <see cref="Key"/> are known to hold each actor once (they came from a union).</summary>
        public bool ActorsDistinct { get; set; }

        /// <summary>
        /// <paramref name="actors"/> (one of the key's lists) with those of <paramref name="added"/> it lacks appended, each once,
        /// as <c>actors.Union(added)</c>; the list itself when it is distinct and lacks none, as most merges find it.
        /// </summary>
        public IReadOnlyList<string> Union(IReadOnlyList<string> actors, IReadOnlyList<string> added)
        {
            if (ActorsDistinct && added.All(a => Contains(actors, a))) return actors;
            return actors.Union(added, StringComparer.Ordinal).ToList();
        }

        private static bool Contains(IReadOnlyList<string> actors, string actor)
        {
            for (int i = 0; i < actors.Count; i++)
                if (string.Equals(actors[i], actor, StringComparison.Ordinal)) return true;
            return false;
        }
    }

    /// <summary>What one batch has learnt and not yet written: buffered rows, known documents, candidate incidents, quote ids.</summary>
    private sealed class BatchState(int parametersPerStatement)
    {
        public int Added, Updated, Unchanged, NearDuplicates, Events, NewIncidents;
        public List<string> Errors { get; } = [];
        public HashSet<long> Incidents { get; } = [];
        public HashSet<long> Quotes { get; } = [];

        /// <summary>Stored documents of this batch by id: content hash and analysis hash.</summary>
        public Dictionary<string, (string Hash, string Analysis)> Known { get; } = new(StringComparer.Ordinal);

        /// <summary>Candidate incidents by type and year (the date up to its first '-'); loaded once per batch.</summary>
        public Dictionary<(string Type, string? Year), List<CachedIncident>> Candidates { get; } = [];

        /// <summary>Every candidate incident read in this batch, once, so that all candidate lists share one object per incident.</summary>
        public Dictionary<long, CachedIncident> ById { get; } = [];

        /// <summary>Incidents whose merge key changed in this batch.</summary>
        public Dictionary<long, CachedIncident> Changed { get; } = [];

        public HashSet<(long Incident, string Actor)> IncidentActors { get; } = [];

        public Dictionary<string, long> QuoteIds { get; } = new(StringComparer.Ordinal);

        /// <summary>The near-duplicate candidates of the document being stored (reused from document to document).</summary>
        public List<NearDuplicateCandidate> BandMembers { get; } = [];

        public RowBuffer Sentences { get; } = new("sentences", "doc_id, span_start, span_end, text", 4) { ParametersPerStatement = parametersPerStatement };

        public RowBuffer Entities { get; } = new("entities", "doc_id, span_start, span_end, text, type, entity_id, actor, rule", 8) { ParametersPerStatement = parametersPerStatement };

        public RowBuffer EventRows { get; } = new("events",
            "incident_id, doc_id, type, mode, source, target, date, location, context, span_start, span_end, text, rule, reason", 14) { ParametersPerStatement = parametersPerStatement };

        public RowBuffer QuoteReports { get; } = new("quote_reports", "quote_id, doc_id, span_start, span_end, cue, via", 6) { ParametersPerStatement = parametersPerStatement };
    }

    private async Task LoadKnownDocumentsAsync(IReadOnlyList<Document> documents, BatchState batch, CancellationToken ct)
    {
        var ids = documents.Where(d => d is not null && !string.IsNullOrWhiteSpace(d.Id)).Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in ids.Chunk(IdsPerStatement))
        {
            var rows = await QueryAsync($"SELECT id, hash, analysis_hash FROM documents WHERE id IN ({Placeholders(0, chunk.Length)})",
                chunk.Cast<object?>().ToArray(), r => (Id: r.GetString(0), Hash: r.GetString(1), Analysis: r.GetString(2)), ct);
            foreach (var row in rows) batch.Known[row.Id] = (row.Hash, row.Analysis);
        }
    }

    private async Task StoreDocumentAsync(Document d, BatchState batch, CancellationToken ct)
    {
        string hash = Sha256(d.Text);
        string analysis = AnalysisJsonWriter.ToJson(d);
        string analysisHash = Sha256(analysis);

        bool exists = batch.Known.TryGetValue(d.Id, out var known);
        if (exists && known.Hash == hash && known.Analysis == analysisHash)
        {
            batch.Unchanged++;
            return;
        }

        var signature = NearDuplicateSignature.Of(d.Text);
        var bands = signature?.BandKeys().ToList() ?? [];
        var (duplicateOf, similarity) = signature is null ? (null, 0.0) : await FindNearDuplicateAsync(d.Id, signature, bands, batch, ct);
        if (duplicateOf is not null) batch.NearDuplicates++;

        if (exists)
        {
            await DeleteAnnotationsAsync(d.Id, batch, ct);
            await ExecAsync(
                """
                UPDATE documents SET hash = @p1, outlet = @p2, url = @p3, lang = @p4, dct = @p5, dct_basis = @p6, text = @p7,
                  analysis = @p8, duplicate_of = @p9, similarity = @p10, signature = @p11, analysis_hash = @p12 WHERE id = @p0
                """,
                [d.Id, hash, d.Source, d.Url, d.Language, d.Dct?.Value, d.Dct?.Basis, d.Text, analysis, duplicateOf,
                 duplicateOf is null ? null : similarity, signature?.ToString(), analysisHash], ct);
            batch.Updated++;

            // The document's bands and signature change: forget what was read of the bands.
            _bands.Clear();
        }
        else
        {
            long seq = Convert.ToInt64(await ScalarAsync(
                """
                INSERT INTO documents(id, hash, outlet, url, lang, dct, dct_basis, text, analysis, duplicate_of, similarity, signature, analysis_hash, seq)
                VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, (SELECT COALESCE(MAX(seq), 0) + 1 FROM documents))
                RETURNING seq
                """,
                [d.Id, hash, d.Source, d.Url, d.Language, d.Dct?.Value, d.Dct?.Basis, d.Text, analysis, duplicateOf,
                 duplicateOf is null ? null : similarity, signature?.ToString(), analysisHash], ct));
            batch.Added++;
            if (signature is not null)
            {
                // Bands read before gain the new document, as the table does below.
                _bands.AddStored(new NearDuplicateCandidate(d.Id, signature, duplicateOf, seq), bands);
            }
        }
        batch.Known[d.Id] = (hash, analysisHash);

        if (signature is not null)
        {
            // Written at once (one statement per document): later documents of the batch look their bands up.
            var args = new object?[bands.Count * 2];
            for (int i = 0; i < bands.Count; i++) (args[2 * i], args[2 * i + 1]) = (bands[i], d.Id);
            var values = string.Join(", ", Enumerable.Range(0, bands.Count).Select(i => $"(@p{2 * i}, @p{2 * i + 1})"));
            await ExecAsync($"INSERT INTO document_bands(band, doc_id) VALUES {values} ON CONFLICT DO NOTHING", args, ct);
        }

        foreach (var s in d.Sentences)
            batch.Sentences.Add(d.Id, s.Start, s.End, d.Text.Substring(s.Start, s.End - s.Start));

        foreach (var e in d.Entities)
            batch.Entities.Add(d.Id, e.Start, e.End, e.Text ?? "", e.Type ?? "", e.Id, e.ActorCode, e.Rule ?? "");

        foreach (var e in d.Events)
            await StoreEventAsync(d, e, batch, ct);

        foreach (var q in d.Quotes)
            await StoreQuoteAsync(d, q, batch, ct);
    }

    private async Task<(string? Id, double Similarity)> FindNearDuplicateAsync(
        string id, NearDuplicateSignature signature, IReadOnlyList<string> bands, BatchState batch, CancellationToken ct)
    {
        await LoadBandsAsync(bands, ct);
        var candidates = batch.BandMembers;
        candidates.Clear();
        _bands.Members(bands, candidates);

        // The most similar wins; of equally similar ones the first stored (lowest seq), then the first met.
        NearDuplicateCandidate? best = null;
        double bestSimilarity = 0;
        foreach (var c in candidates)
        {
            if (c.Id == id || c.DuplicateOf == id) continue;
            double similarity = c.SimilarityTo(signature);
            if (similarity < NearDuplicateSignature.Threshold) continue;
            if (similarity > bestSimilarity || (similarity == bestSimilarity && c.Seq < best!.Seq))
            {
                best = c;
                bestSimilarity = similarity;
            }
        }
        string? original = best is null ? null : best.DuplicateOf ?? best.Id;
        return original == id ? (null, 0) : (original, bestSimilarity);
    }

    /// <summary>Reads the stored documents of the bands not read yet (see <see cref="BandCache"/>), one query for all of them.</summary>
    private async Task LoadBandsAsync(IReadOnlyList<string> bands, CancellationToken ct)
    {
        var unread = bands.Where(b => !_bands.IsRead(b)).Distinct(StringComparer.Ordinal).ToArray();
        if (unread.Length == 0) return;
        _bands.MarkRead(unread);
        var rows = await QueryAsync(
            $"SELECT b.band, d.id, d.signature, d.duplicate_of, d.seq FROM document_bands b JOIN documents d ON d.id = b.doc_id WHERE b.band IN ({Placeholders(0, unread.Length)}) AND d.signature IS NOT NULL",
            unread.Cast<object?>().ToArray(), r => (Band: r.GetString(0), Id: r.GetString(1), Signature: r.GetString(2), DuplicateOf: Str(r, 3), Seq: Long(r, 4)), ct);
        foreach (var row in rows) _bands.AddRead(row.Band, row.Id, row.Signature, row.DuplicateOf, row.Seq);
    }

    private async Task DeleteAnnotationsAsync(string id, BatchState batch, CancellationToken ct)
    {
        // Rows of this document buffered earlier in the batch must be in the tables before they are deleted.
        await FlushRowsAsync(batch, ct);
        foreach (var incident in await QueryAsync("SELECT DISTINCT incident_id FROM events WHERE doc_id = @p0", [id], r => Long(r, 0), ct))
            batch.Incidents.Add(incident);
        foreach (var quote in await QueryAsync("SELECT DISTINCT quote_id FROM quote_reports WHERE doc_id = @p0", [id], r => Long(r, 0), ct))
            batch.Quotes.Add(quote);
        await ExecAsync("DELETE FROM events WHERE doc_id = @p0", [id], ct);
        await ExecAsync("DELETE FROM quote_reports WHERE doc_id = @p0", [id], ct);
        await ExecAsync("DELETE FROM sentences WHERE doc_id = @p0", [id], ct);
        await ExecAsync("DELETE FROM entities WHERE doc_id = @p0", [id], ct);
        await ExecAsync("DELETE FROM document_bands WHERE doc_id = @p0", [id], ct);
    }

    /// <summary>The segment of a date before its first '-': compatible dates (equal or prefix followed by '-') always share it.</summary>
    private static string? YearOf(string? date)
    {
        if (date is null) return null;
        int dash = date.IndexOf('-');
        return dash < 0 ? date : date[..dash];
    }

    /// <summary>The year part of a date the text gives without its year (<c>XXXX-12-07</c>).</summary>
    private const string UnresolvedYear = "XXXX";

    /// <summary>Cache key for all dated incidents of a type, the candidates of an event whose year is unresolved.</summary>
    private const string AnyYear = "*";

    /// <summary>The incidents of a type whose date may be compatible with a date of the given year; read once per batch.</summary>
    private async Task<List<CachedIncident>> CandidatesAsync(string type, string? year, BatchState batch, CancellationToken ct)
    {
        if (batch.Candidates.TryGetValue((type, year), out var cached)) return cached;
        var rows = await QueryAsync(
            year switch
            {
                null => "SELECT id, type, source, target, date, location FROM incidents WHERE type = @p0 AND date IS NULL ORDER BY id",
                AnyYear => "SELECT id, type, source, target, date, location FROM incidents WHERE type = @p0 AND date IS NOT NULL ORDER BY id",
                _ => $"SELECT id, type, source, target, date, location FROM incidents WHERE type = @p0 AND (date = @p1 OR date {Like} @p2) ORDER BY id",
            },
            year is null or AnyYear ? [type] : [type, year, year + "-%"],
            r => new CachedIncident(Long(r, 0), new MergeKey(r.GetString(1), SplitList(Str(r, 2)), SplitList(Str(r, 3)), Str(r, 4), Str(r, 5))), ct);
        // LIKE may match more (wildcards, case); keep exactly this year's incidents so that each is cached once.
        cached = rows
            .Where(i => i.Key.Type == type && (year == AnyYear || YearOf(i.Key.Date) == year))
            .Select(i => batch.ById.TryGetValue(i.Id, out var known) ? known : batch.ById[i.Id] = i)
            .ToList();
        batch.Candidates[(type, year)] = cached;
        return cached;
    }

    /// <summary>
    /// The incidents an event may merge into: those of its type and year, plus those whose year the text left open
    /// (<c>XXXX-12-07</c>); for an event without its year, every dated incident of its type.
    /// </summary>
    private async Task<IEnumerable<CachedIncident>> MergePoolAsync(string type, string? year, List<CachedIncident> sameYear, BatchState batch, CancellationToken ct)
    {
        if (year is null) return sameYear;
        if (year == UnresolvedYear) return await CandidatesAsync(type, AnyYear, batch, ct);
        var unresolved = await CandidatesAsync(type, UnresolvedYear, batch, ct);
        // Each incident is in a list once (see CandidatesAsync): without unresolved ones there is nothing to remove.
        return unresolved.Count == 0 ? sameYear : sameYear.Concat(unresolved).Distinct();
    }

    private async Task StoreEventAsync(Document d, EventMention e, BatchState batch, CancellationToken ct)
    {
        var key = new MergeKey(e.Type, e.Source, e.Target, e.Date, e.Location);
        var actors = e.Source.Concat(e.Target).Distinct(StringComparer.Ordinal).ToList();

        // Candidates share the type and a compatible date; IncidentMerger decides among them.
        string? year = YearOf(e.Date);
        var candidates = await CandidatesAsync(e.Type, year, batch, ct);
        var pool = await MergePoolAsync(e.Type, year, candidates, batch, ct);
        long incidentId;
        string reason;
        if (IncidentMerger.Best(pool.Select(c => (c.Id, c.Key)), key) is { } match)
        {
            incidentId = match.Id;
            reason = match.Reason.ToString();
            var incident = batch.ById[match.Id];
            var source = incident.Union(incident.Key.Source, e.Source);
            var target = incident.Union(incident.Key.Target, e.Target);
            string? date = match.Reason.Date ?? incident.Key.Date;
            incident.Key = new MergeKey(incident.Key.Type, source, target, date, incident.Key.Location ?? e.Location);
            incident.ActorsDistinct = true;
            batch.Changed[incidentId] = incident;
        }
        else
        {
            reason = FirstReport;
            incidentId = Convert.ToInt64(await ScalarAsync(
                """
                INSERT INTO incidents(type, mode, source, target, date, month, location, context, quad, corroboration)
                VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, 0) RETURNING id
                """,
                [e.Type, e.Mode, JoinList(e.Source), JoinList(e.Target), e.Date, IncidentMerger.MonthOf(e.Date), e.Location, JoinList(e.Context), QuadClass.Of(e.Type)], ct));
            var created = new CachedIncident(incidentId, new MergeKey(e.Type, e.Source.ToList(), e.Target.ToList(), e.Date, e.Location));
            batch.ById[incidentId] = created;
            candidates.Add(created);
            if (e.Date is not null && batch.Candidates.TryGetValue((e.Type, AnyYear), out var dated)) dated.Add(created);
            batch.NewIncidents++;
        }
        foreach (var actor in actors) batch.IncidentActors.Add((incidentId, actor));

        batch.EventRows.Add(incidentId, d.Id, e.Type, e.Mode, JoinList(e.Source), JoinList(e.Target), e.Date, e.Location, JoinList(e.Context),
            e.Start, e.End, e.Text ?? "", e.Rule ?? "", reason);
        batch.Incidents.Add(incidentId);
        batch.Events++;
    }

    private async Task StoreQuoteAsync(Document d, QuoteMention q, BatchState batch, CancellationToken ct)
    {
        string key = QuoteKey.Of(q.Speaker, q.Text);
        if (!batch.QuoteIds.TryGetValue(key, out long quoteId))
        {
            await ExecAsync(
                "INSERT INTO quotes(key, kind, speaker, speaker_text, text, date) VALUES (@p0, @p1, @p2, @p3, @p4, @p5) ON CONFLICT (key) DO NOTHING",
                [key, q.Kind ?? QuoteKind.Direct, q.Speaker, q.SpeakerText, q.Text, d.Dct?.Value], ct);
            quoteId = Convert.ToInt64(await ScalarAsync("SELECT id FROM quotes WHERE key = @p0", [key], ct));
            batch.QuoteIds[key] = quoteId;
        }
        batch.QuoteReports.Add(quoteId, d.Id, q.Start, q.End, q.Cue, q.Via);
        batch.Quotes.Add(quoteId);
    }

    /// <summary>Writes the buffered rows: incident changes, incident actors, sentences, entities, events, quote reports.</summary>
    private async Task FlushRowsAsync(BatchState batch, CancellationToken ct)
    {
        foreach (var incident in batch.Changed.Values.OrderBy(i => i.Id))
        {
            var k = incident.Key;
            await ExecAsync("UPDATE incidents SET source = @p1, target = @p2, date = @p3, month = @p4, location = @p5 WHERE id = @p0",
                [incident.Id, JoinList(k.Source), JoinList(k.Target), k.Date, IncidentMerger.MonthOf(k.Date), k.Location], ct);
        }
        batch.Changed.Clear();

        if (batch.IncidentActors.Count > 0)
        {
            var actors = new RowBuffer("incident_actors", "incident_id, actor", 2, " ON CONFLICT DO NOTHING") { ParametersPerStatement = ParametersPerStatement };
            foreach (var (incident, actor) in batch.IncidentActors.OrderBy(p => p.Incident).ThenBy(p => p.Actor, StringComparer.Ordinal))
                actors.Add(incident, actor);
            batch.IncidentActors.Clear();
            await DrainAsync(actors, ct);
        }
        await DrainAsync(batch.Sentences, ct);
        await DrainAsync(batch.Entities, ct);
        await DrainAsync(batch.EventRows, ct);
        await DrainAsync(batch.QuoteReports, ct);
    }

    private async Task DrainAsync(RowBuffer rows, CancellationToken ct)
    {
        foreach (var (sql, args) in rows.Drain()) await ExecAsync(sql, args, ct);
    }

    private async Task FinishBatchAsync(BatchState batch, CancellationToken ct)
    {
        await FlushRowsAsync(batch, ct);
        foreach (var chunk in batch.Incidents.Order().Chunk(IdsPerStatement))
        {
            var ids = chunk.Cast<object?>().ToArray();
            string list = Placeholders(0, ids.Length);
            await ExecAsync(
                $"""
                UPDATE incidents SET corroboration = (SELECT COUNT(DISTINCT e.doc_id) FROM events e JOIN documents d ON d.id = e.doc_id
                  WHERE e.incident_id = incidents.id AND d.duplicate_of IS NULL) WHERE id IN ({list})
                """, ids, ct);
            await ExecAsync(
                $"DELETE FROM incident_actors WHERE incident_id IN ({list}) AND NOT EXISTS (SELECT 1 FROM events e WHERE e.incident_id = incident_actors.incident_id)",
                ids, ct);
            await ExecAsync($"DELETE FROM incidents WHERE id IN ({list}) AND NOT EXISTS (SELECT 1 FROM events e WHERE e.incident_id = incidents.id)", ids, ct);
        }
        foreach (var chunk in batch.Quotes.Order().Chunk(IdsPerStatement))
        {
            var ids = chunk.Cast<object?>().ToArray();
            await ExecAsync(
                $"DELETE FROM quotes WHERE id IN ({Placeholders(0, ids.Length)}) AND NOT EXISTS (SELECT 1 FROM quote_reports r WHERE r.quote_id = quotes.id)",
                ids, ct);
        }
    }

    private static string Placeholders(int first, int count) => string.Join(", ", Enumerable.Range(first, count).Select(i => "@p" + i));

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
