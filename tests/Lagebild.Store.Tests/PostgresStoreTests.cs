using Lagebild.Store.Postgres;
using Npgsql;

namespace Lagebild.Store.Tests;

/// <summary>
/// The store contract on PostgreSQL (connection string in LAGEBILD_TEST_POSTGRES, see .ci/postgres.sh); each test
/// gets its own schema. Outside CI the tests pass without a server with a message; in CI a missing server fails them.
/// </summary>
public sealed class PostgresStoreTests : StoreContract, IAsyncLifetime
{
    private static readonly string? ConnectionString = Environment.GetEnvironmentVariable("LAGEBILD_TEST_POSTGRES");
    private readonly List<string> _schemas = [];

    protected override bool Available
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(ConnectionString)) return true;
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail("LAGEBILD_TEST_POSTGRES is not set in CI; run .ci/postgres.sh first.");
            Console.WriteLine("PostgreSQL store tests skipped: LAGEBILD_TEST_POSTGRES is not set (run .ci/postgres.sh).");
            return false;
        }
    }

    protected override async Task<SqlSituationStore> OpenAsync()
    {
        return await PostgresSituationStore.OpenAsync(WithSchema(await CreateSchemaAsync()));
    }

    /// <summary>A fresh schema, dropped after the test.</summary>
    private async Task<string> CreateSchemaAsync()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await command.ExecuteNonQueryAsync();
        _schemas.Add(schema);
        return schema;
    }

    private static string WithSchema(string schema) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema, Pooling = false }.ConnectionString;

    [Fact]
    public async Task Two_concurrent_ingests_of_overlapping_documents_give_the_same_store_as_one()
    {
        if (!Available) return;
        var docs = Enumerable.Range(0, 40).Select(i => i % 4 == 0
            ? TestDocuments.Build("p" + i, "Outlet " + (i % 5), $"Moscow accused Washington of provocations, report {i}.", "2021-12-1" + (i % 3), "ACCUSE", ["RUS"], ["USA"], quote: ("Example_Minister", "provocations"))
            : TestDocuments.Summit("p" + i, "Outlet " + (i % 5), $"Dispatch {i}: Washington and Moscow talked by video, item {i * 7919} of the day.")).ToList();

        var single = await CreateSchemaAsync();
        await using (var one = await PostgresSituationStore.OpenAsync(WithSchema(single)))
        {
            foreach (var chunk in docs.Chunk(5)) await one.StoreAsync(chunk);
        }

        var shared = await CreateSchemaAsync();
        await using (var migrate = await PostgresSituationStore.OpenAsync(WithSchema(shared)))
        {
        }
        async Task IngestAsync(IEnumerable<Lagebild.Core.Model.Document> input)
        {
            await using var store = await PostgresSituationStore.OpenAsync(WithSchema(shared));
            foreach (var chunk in input.Chunk(3)) await store.StoreAsync(chunk);
        }
        await Task.WhenAll(
            Task.Run(() => IngestAsync(docs.Take(30))),
            Task.Run(() => IngestAsync(docs.Skip(10).Reverse())));

        await using var a = await PostgresSituationStore.OpenAsync(WithSchema(single));
        await using var b = await PostgresSituationStore.OpenAsync(WithSchema(shared));
        Assert.Equal(await StoreSnapshot.OfAsync(a), await StoreSnapshot.OfAsync(b));
        Assert.Equal(40, (await b.DocumentIdsAsync()).Count);
    }

    [Fact]
    public async Task The_factory_opens_postgres_for_a_connection_string()
    {
        if (!Available) return;
        var schema = await CreateSchemaAsync();
        await using var store = await SituationStoreFactory.OpenAsync(WithSchema(schema));
        Assert.IsType<PostgresSituationStore>(store);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) || _schemas.Count == 0) return;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var schema in _schemas)
        {
            await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
