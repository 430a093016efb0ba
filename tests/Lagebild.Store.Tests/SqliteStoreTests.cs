using Lagebild.Store.Sqlite;

namespace Lagebild.Store.Tests;

/// <summary>The store contract on SQLite, each test on its own temporary file.</summary>
public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lagebild-store-").FullName;
    private int _files;

    protected override async Task<SqlSituationStore> OpenAsync() =>
        await SqliteSituationStore.OpenAsync(Path.Combine(_directory, $"store{Interlocked.Increment(ref _files)}.db"));

    [Fact]
    public async Task The_factory_opens_a_sqlite_file_for_a_path()
    {
        var path = Path.Combine(_directory, "factory.db");
        await using (var store = await SituationStoreFactory.OpenAsync(path))
        {
            Assert.IsType<SqliteSituationStore>(store);
            await store.StoreAsync([TestDocuments.Summit("a1", "A")]);
        }
        await using var reopened = await SituationStoreFactory.OpenAsync(path);
        Assert.Single(await reopened.DocumentIdsAsync());
        Assert.True(SituationStoreFactory.IsPostgres("Host=localhost;Database=x"));
        Assert.False(SituationStoreFactory.IsPostgres("data/lagebild.db"));
    }

    [Fact]
    public async Task A_text_rewritten_by_another_connection_between_batches_is_no_longer_a_near_duplicate_source()
    {
        var path = Path.Combine(_directory, "two-writers.db");
        await using var first = await SqliteSituationStore.OpenAsync(path);
        await using var second = await SqliteSituationStore.OpenAsync(path);
        await first.StoreAsync([TestDocuments.Summit("t1", "Agency", TestDocuments.AgencyCopy)]);
        await second.StoreAsync([TestDocuments.Summit("t1", "Agency")]);
        await first.StoreAsync([TestDocuments.Summit("t2", "Daily Paper", "Daily Paper, evening edition.\n" + TestDocuments.AgencyCopy)]);
        Assert.Null((await first.DocumentAsync("t2"))!.DuplicateOf);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platforms; the temporary folder is cleaned by the system.
        }
    }
}
