using System.CommandLine;
using Lagebild.Analysis;
using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;
using Lagebild.Input;
using Lagebild.Store;
using Lagebild.Store.Ingest;
using Spectre.Console;

namespace Lagebild.Cli.Commands;

/// <summary>
/// <c>lagebild ingest PATH…</c>: analyses articles and stores them with their incidents, one transaction per batch.
/// Idempotent: a rerun after an interruption stores only what is missing and changes nothing else.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files (.txt, .jsonl, .html) or folders to ingest.", Arity = ArgumentArity.OneOrMore };
        var database = StoreOptions.Database();
        var batchSize = new Option<int>("--batch") { Description = "Documents per transaction.", DefaultValueFactory = _ => 256 };
        var data = SharedOptions.DataFolder();
        var skip = SharedOptions.Skip();
        var threads = SharedOptions.Threads();
        var command = new Command("ingest", "Analyse articles and store them in the situation store, merging events into incidents.")
        {
            paths, database, batchSize, data, skip, threads,
        };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(paths)!, parse.GetValue(database)!, parse.GetValue(batchSize), parse.GetValue(data),
            SharedOptions.StageNames(parse.GetValue(skip)), parse.GetValue(threads), cancel));
        return command;
    }

    private static async Task<int> RunAsync(
        string[] paths, string database, int batchSize, string? dataFolder, IEnumerable<string> skip, int threads, CancellationToken cancel)
    {
        AnalysisPipeline pipeline;
        try
        {
            pipeline = StandardPipeline.Build(DataDirectory.Locate(dataFolder), skip);
        }
        catch (Exception ex) when (ex is DataException or PipelineException)
        {
            System.Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }

        await using var store = await SituationStoreFactory.OpenAsync(database, cancel);

        var totals = new IngestTotals();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var analyzer = new ParallelAnalyzer(pipeline, Math.Max(1, threads), batchSize);
        var batch = new List<Document>(batchSize);
        var progress = new Console.ProgressLine("ingested");
        // The next batch is read and analysed on another thread while this one is stored.
        var analysed = analyzer.Analyze(InputReader.Read(paths), i => i.Document);
        await foreach (var items in ReadAhead.BatchesAsync(analysed, i => i.Problem is null, Math.Max(1, batchSize), cancel))
        {
            foreach (var item in items)
            {
                if (item.Problem is { } problem)
                {
                    totals.Failed++;
                    System.Console.Error.WriteLine(problem);
                    continue;
                }

                foreach (var diagnostic in item.Document!.Diagnostics) System.Console.Error.WriteLine(diagnostic);
                batch.Add(item.Document);
                totals.Characters += item.Document.Text.Length;
            }

            if (batch.Count >= batchSize)
            {
                totals.Add(await store.StoreAsync(batch, cancel));
                batch.Clear();
                progress.Report(totals.Documents, totals.Characters, totals.Failed);
            }
        }

        if (batch.Count > 0) totals.Add(await store.StoreAsync(batch, cancel));
        progress.Finish();
        var incidents = await store.IncidentsAsync(new Store.Queries.IncidentFilter { Limit = 1 }, cancel);
        AnsiConsole.MarkupLine(
            $"ingested [bold]{totals.Documents}[/] documents ({totals.Added} new, {totals.Updated} updated, {totals.Unchanged} unchanged, " +
            $"{totals.NearDuplicates} near-duplicates), {totals.Events} events, {totals.NewIncidents} new incidents ({incidents.Total} in the store) " +
            $"in {clock.Elapsed.TotalSeconds:F2} s" + (totals.Failed > 0 ? $"; [red]{totals.Failed} inputs failed[/]" : "") +
            $" → {Markup.Escape(SituationStoreFactory.IsPostgres(database) ? "PostgreSQL" : Path.GetFullPath(database))}");
        return totals.Failed > 0 ? 1 : 0;
    }

    private sealed class IngestTotals
    {
        public int Added, Updated, Unchanged, NearDuplicates, Events, NewIncidents, Failed;
        public long Characters;

        public int Documents => Added + Updated + Unchanged;

        public void Add(IngestResult result)
        {
            Added += result.Added;
            Updated += result.Updated;
            Unchanged += result.Unchanged;
            NearDuplicates += result.NearDuplicates;
            Events += result.Events;
            NewIncidents += result.NewIncidents;
        }
    }
}
