using System.CommandLine;

namespace Lagebild.Cli.Commands;

/// <summary>Options of the commands that read or write the situation store.</summary>
internal static class StoreOptions
{
    public const string DefaultDatabase = "lagebild.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite file (default lagebild.db) or a PostgreSQL connection string (\"Host=…;Database=…\").",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print one JSON array instead of a table." };

    public static Option<int> Limit() => new("--limit") { Description = "At most this many rows.", DefaultValueFactory = _ => 100 };
}
