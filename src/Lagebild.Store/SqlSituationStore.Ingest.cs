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

    public async Task<IngestResult> StoreAsync(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await BeginAsync(cancellationToken);
            var batch = new BatchState();
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
            return new IngestResult(batch.Added, batch.Updated, batch.Unchanged, batch.NearDuplicates, batch.Events, batch.NewIncidents)
            {
                Errors = batch.Errors,
            };
        }
        catch
        {
            await RollbackAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed class BatchState
    {
        public int Added, Updated, Unchanged, NearDuplicates, Events, NewIncidents;
        public List<string> Errors { get; } = [];
        public HashSet<long> Incidents { get; } = [];
        public HashSet<long> Quotes { get; } = [];
    }

    private async Task StoreDocumentAsync(Document d, BatchState batch, CancellationToken ct)
    {
        string hash = Sha256(d.Text);
        string analysis = AnalysisJsonWriter.ToJson(d);
        string analysisHash = Sha256(analysis);

        var existing = await QueryAsync("SELECT hash, analysis_hash FROM documents WHERE id = @p0", [d.Id],
            r => (Hash: r.GetString(0), Analysis: r.GetString(1)), ct);
        if (existing.Count == 1 && existing[0].Hash == hash && existing[0].Analysis == analysisHash)
        {
            batch.Unchanged++;
            return;
        }

        var signature = NearDuplicateSignature.Of(d.Text);
        var (duplicateOf, similarity) = signature is null ? (null, 0.0) : await FindNearDuplicateAsync(d.Id, signature, ct);
        if (duplicateOf is not null) batch.NearDuplicates++;

        if (existing.Count == 1)
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
        }
        else
        {
            await ExecAsync(
                """
                INSERT INTO documents(id, hash, outlet, url, lang, dct, dct_basis, text, analysis, duplicate_of, similarity, signature, analysis_hash, seq)
                VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, (SELECT COALESCE(MAX(seq), 0) + 1 FROM documents))
                """,
                [d.Id, hash, d.Source, d.Url, d.Language, d.Dct?.Value, d.Dct?.Basis, d.Text, analysis, duplicateOf,
                 duplicateOf is null ? null : similarity, signature?.ToString(), analysisHash], ct);
            batch.Added++;
        }

        if (signature is not null)
            foreach (var band in signature.BandKeys())
                await ExecAsync("INSERT INTO document_bands(band, doc_id) VALUES (@p0, @p1) ON CONFLICT DO NOTHING", [band, d.Id], ct);

        foreach (var s in d.Sentences)
            await ExecAsync("INSERT INTO sentences(doc_id, span_start, span_end, text) VALUES (@p0, @p1, @p2, @p3)",
                [d.Id, s.Start, s.End, d.Text.Substring(s.Start, s.End - s.Start)], ct);

        foreach (var e in d.Entities)
            await ExecAsync(
                "INSERT INTO entities(doc_id, span_start, span_end, text, type, entity_id, actor, rule) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)",
                [d.Id, e.Start, e.End, e.Text ?? "", e.Type ?? "", e.Id, e.ActorCode, e.Rule ?? ""], ct);

        foreach (var e in d.Events)
            await StoreEventAsync(d, e, batch, ct);

        foreach (var q in d.Quotes)
            await StoreQuoteAsync(d, q, batch, ct);
    }

    private async Task<(string? Id, double Similarity)> FindNearDuplicateAsync(string id, NearDuplicateSignature signature, CancellationToken ct)
    {
        var bands = signature.BandKeys().Cast<object?>().ToArray();
        var placeholders = string.Join(", ", Enumerable.Range(0, bands.Length).Select(i => "@p" + i));
        var candidates = await QueryAsync(
            $"SELECT DISTINCT d.id, d.signature, d.duplicate_of, d.seq FROM document_bands b JOIN documents d ON d.id = b.doc_id WHERE b.band IN ({placeholders}) ORDER BY d.seq",
            bands, r => (Id: r.GetString(0), Signature: Str(r, 1), DuplicateOf: Str(r, 2)), ct);
        string? best = null;
        double bestSimilarity = 0;
        foreach (var c in candidates)
        {
            if (c.Id == id || c.Signature is null || c.DuplicateOf == id) continue;
            double similarity = signature.Similarity(NearDuplicateSignature.Parse(c.Signature));
            if (similarity >= NearDuplicateSignature.Threshold && similarity > bestSimilarity)
            {
                best = c.DuplicateOf ?? c.Id;
                bestSimilarity = similarity;
            }
        }
        return best == id ? (null, 0) : (best, bestSimilarity);
    }

    private async Task DeleteAnnotationsAsync(string id, BatchState batch, CancellationToken ct)
    {
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

    private async Task StoreEventAsync(Document d, EventMention e, BatchState batch, CancellationToken ct)
    {
        var key = new MergeKey(e.Type, e.Source, e.Target, e.Date, e.Location);
        var actors = e.Source.Concat(e.Target).Distinct(StringComparer.Ordinal).ToList();
        string? month = IncidentMerger.MonthOf(e.Date);

        string where = month is null ? "i.type = @p0 AND i.month IS NULL" : "i.type = @p0 AND (i.month = @p1 OR i.month IS NULL)";
        var args = new List<object?> { e.Type };
        if (month is not null) args.Add(month);
        if (actors.Count > 0)
        {
            var placeholders = string.Join(", ", actors.Select((_, i) => "@p" + (args.Count + i)));
            where += $" AND EXISTS (SELECT 1 FROM incident_actors a WHERE a.incident_id = i.id AND a.actor IN ({placeholders}))";
            args.AddRange(actors);
        }
        var candidates = await QueryAsync(
            $"SELECT i.id, i.type, i.source, i.target, i.date, i.location FROM incidents i WHERE {where} ORDER BY i.id",
            args.ToArray(),
            r => (Long(r, 0), new MergeKey(r.GetString(1), SplitList(Str(r, 2)), SplitList(Str(r, 3)), Str(r, 4), Str(r, 5))), ct);

        long incidentId;
        string reason;
        if (IncidentMerger.Best(candidates, key) is { } match)
        {
            incidentId = match.Id;
            reason = match.Reason.ToString();
            var incident = candidates.First(c => c.Item1 == match.Id).Item2;
            var source = incident.Source.Union(e.Source, StringComparer.Ordinal).ToList();
            var target = incident.Target.Union(e.Target, StringComparer.Ordinal).ToList();
            string? date = match.Reason.Date ?? incident.Date;
            await ExecAsync(
                "UPDATE incidents SET source = @p1, target = @p2, date = @p3, month = @p4, location = COALESCE(location, @p5) WHERE id = @p0",
                [incidentId, JoinList(source), JoinList(target), date, IncidentMerger.MonthOf(date), e.Location], ct);
        }
        else
        {
            reason = FirstReport;
            incidentId = Convert.ToInt64(await ScalarAsync(
                """
                INSERT INTO incidents(type, mode, source, target, date, month, location, context, quad, corroboration)
                VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, 0) RETURNING id
                """,
                [e.Type, e.Mode, JoinList(e.Source), JoinList(e.Target), e.Date, month, e.Location, JoinList(e.Context), QuadClass.Of(e.Type)], ct));
            batch.NewIncidents++;
        }
        foreach (var actor in actors)
            await ExecAsync("INSERT INTO incident_actors(incident_id, actor) VALUES (@p0, @p1) ON CONFLICT DO NOTHING", [incidentId, actor], ct);

        await ExecAsync(
            """
            INSERT INTO events(incident_id, doc_id, type, mode, source, target, date, location, context, span_start, span_end, text, rule, reason)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13)
            """,
            [incidentId, d.Id, e.Type, e.Mode, JoinList(e.Source), JoinList(e.Target), e.Date, e.Location, JoinList(e.Context),
             e.Start, e.End, e.Text ?? "", e.Rule ?? "", reason], ct);
        batch.Incidents.Add(incidentId);
        batch.Events++;
    }

    private async Task StoreQuoteAsync(Document d, QuoteMention q, BatchState batch, CancellationToken ct)
    {
        string key = QuoteKey.Of(q.Speaker, q.Text);
        await ExecAsync(
            "INSERT INTO quotes(key, kind, speaker, speaker_text, text, date) VALUES (@p0, @p1, @p2, @p3, @p4, @p5) ON CONFLICT (key) DO NOTHING",
            [key, q.Kind ?? QuoteKind.Direct, q.Speaker, q.SpeakerText, q.Text, d.Dct?.Value], ct);
        long quoteId = Convert.ToInt64(await ScalarAsync("SELECT id FROM quotes WHERE key = @p0", [key], ct));
        await ExecAsync("INSERT INTO quote_reports(quote_id, doc_id, span_start, span_end, cue, via) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
            [quoteId, d.Id, q.Start, q.End, q.Cue, q.Via], ct);
        batch.Quotes.Add(quoteId);
    }

    private async Task FinishBatchAsync(BatchState batch, CancellationToken ct)
    {
        foreach (var id in batch.Incidents.Order())
        {
            await ExecAsync(
                """
                UPDATE incidents SET corroboration = (SELECT COUNT(DISTINCT e.doc_id) FROM events e JOIN documents d ON d.id = e.doc_id
                  WHERE e.incident_id = @p0 AND d.duplicate_of IS NULL) WHERE id = @p0
                """, [id], ct);
            await ExecAsync("DELETE FROM incident_actors WHERE incident_id = @p0 AND NOT EXISTS (SELECT 1 FROM events WHERE incident_id = @p0)", [id], ct);
            await ExecAsync("DELETE FROM incidents WHERE id = @p0 AND NOT EXISTS (SELECT 1 FROM events WHERE incident_id = @p0)", [id], ct);
        }
        foreach (var id in batch.Quotes.Order())
            await ExecAsync("DELETE FROM quotes WHERE id = @p0 AND NOT EXISTS (SELECT 1 FROM quote_reports WHERE quote_id = @p0)", [id], ct);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
