using System.Diagnostics;
using Lagebild.Core.Model;
using Lagebild.Store.Ingest;
using Npgsql;

namespace Lagebild.Store.Benchmark;

/// <summary>
/// What one ingest measurement found: documents, the time spent analysing and storing, the wall-clock time of the
/// whole (analysis of the next batch runs while the current one is stored), and peak memory.
/// </summary>
public sealed record IngestFigures(string Backend, int Documents, int Events, int Incidents, TimeSpan Analysing, TimeSpan Storing, TimeSpan Elapsed, long PeakWorkingSet)
{
    public double EndToEndPerSecond => Documents / Math.Max(1e-9, Elapsed.TotalSeconds);

    public double StoringPerSecond => Documents / Math.Max(1e-9, Storing.TotalSeconds);
}

/// <summary>
/// Measures <c>lagebild ingest</c>: analyses a stream of documents and stores them in batches into a fresh store, as
/// the command does: the next batch is analysed on another thread while the current one is stored. Times the
/// analysis and the storing apart, and the whole by the clock. Figures only; it passes or fails nothing.
/// </summary>
public static class IngestBenchmark
{
    public const int BatchSize = 256;

    /// <summary>Analyses each document with <paramref name="analyse"/> and stores it into the store at <paramref name="db"/> in batches.</summary>
    public static async Task<IngestFigures> RunAsync(string backend, string db, IEnumerable<Document> documents, Action<Document> analyse, CancellationToken cancellationToken = default)
    {
        await using var store = await SituationStoreFactory.OpenAsync(db, cancellationToken);
        var analysing = new Stopwatch();
        var storing = new Stopwatch();
        int count = 0, events = 0, incidents = 0;
        var clock = Stopwatch.StartNew();
        await foreach (var batch in ReadAhead.BatchesAsync(Analysed(), _ => true, BatchSize, cancellationToken))
        {
            storing.Start();
            var result = await store.StoreAsync(batch, cancellationToken);
            storing.Stop();
            count += batch.Count;
            events += result.Events;
            incidents += result.NewIncidents;
        }
        clock.Stop();
        return new IngestFigures(backend, count, events, incidents, analysing.Elapsed, storing.Elapsed, clock.Elapsed, Process.GetCurrentProcess().PeakWorkingSet64);

        // Runs on the read-ahead thread.
        IEnumerable<Document> Analysed()
        {
            foreach (var document in documents)
            {
                analysing.Start();
                analyse(document);
                analysing.Stop();
                yield return document;
            }
        }
    }

    /// <summary>A fresh temporary SQLite file path (with its WAL companions deleted by <see cref="DeleteSqlite"/>).</summary>
    public static string TemporarySqlite() => Path.Combine(Path.GetTempPath(), $"lagebild-ingest-bench-{Environment.ProcessId}-{Guid.NewGuid():N}.db");

    public static void DeleteSqlite(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            if (File.Exists(path + suffix)) File.Delete(path + suffix);
    }

    /// <summary>Creates a fresh schema in the PostgreSQL database and returns a connection string that uses it.</summary>
    public static async Task<(string ConnectionString, string Schema)> FreshPostgresAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var schema = "bench_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return (new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema, Pooling = false }.ConnectionString, schema);
    }

    public static async Task DropPostgresAsync(string connectionString, string schema, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
