namespace Lagebild.Store.Schema;

/// <summary>One forward schema step; applied in version order, each once, recorded in <c>schema_version</c>.</summary>
public sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements);
