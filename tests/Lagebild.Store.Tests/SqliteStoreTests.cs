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
