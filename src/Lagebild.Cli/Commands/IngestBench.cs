using Lagebild.Core.Pipeline;
using Lagebild.Analysis.Benchmark;
using Lagebild.Store.Benchmark;
using Spectre.Console;

namespace Lagebild.Cli.Commands;

/// <summary>Options of the ingest figures of <c>lagebild bench</c>.</summary>
internal sealed record IngestBenchOptions(int Documents, string? Postgres);

/// <summary>
/// The ingest figures of <c>lagebild bench</c>: generated documents analysed and stored in batches into a fresh SQLite
/// file, and into a fresh PostgreSQL schema when a connection string is given.
/// </summary>
internal static class IngestBench
{
    public static void Report(AnalysisPipeline pipeline, BenchmarkCorpus corpus, IngestBenchOptions options)
    {
        if (options.Documents <= 0) return;
        var figures = new List<IngestFigures>();
        var sqlite = IngestBenchmark.TemporarySqlite();
        try
        {
            figures.Add(Run("SQLite", sqlite, pipeline, corpus, options.Documents));
        }
        finally
        {
            IngestBenchmark.DeleteSqlite(sqlite);
        }

        var postgres = options.Postgres ?? Environment.GetEnvironmentVariable("LAGEBILD_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            try
            {
                var (connection, schema) = IngestBenchmark.FreshPostgresAsync(postgres).GetAwaiter().GetResult();
                try
                {
                    figures.Add(Run("PostgreSQL", connection, pipeline, corpus, options.Documents));
                }
                finally
                {
                    IngestBenchmark.DropPostgresAsync(postgres, schema).GetAwaiter().GetResult();
                }
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
            {
                AnsiConsole.MarkupLine($"[yellow]PostgreSQL ingest not measured[/]: {Markup.Escape(e.Message)}");
            }
        }

        var table = new Table().AddColumns("ingest", "docs", "events", "incidents", "end-to-end docs/s", "storing docs/s", "peak MB");
        foreach (var f in figures)
        {
            table.AddRow(f.Backend, $"{f.Documents:N0}", $"{f.Events:N0}", $"{f.Incidents:N0}", $"{f.EndToEndPerSecond:F0}",
                $"{f.StoringPerSecond:F0}", $"{f.PeakWorkingSet / 1_048_576.0:F0}");
        }
        AnsiConsole.MarkupLine("[bold]ingest[/]: analysed on one core while the previous batch is stored (batches of 256, merging on), into a fresh store; end to end by the clock");
        AnsiConsole.Write(table);
    }

    private static IngestFigures Run(string backend, string db, AnalysisPipeline pipeline, BenchmarkCorpus corpus, int documents) =>
        IngestBenchmark.RunAsync(backend, db, corpus.Generate(long.MaxValue).Take(documents), d => pipeline.Process(d)).GetAwaiter().GetResult();
}
