using Lagebild.Core.Data;

namespace Lagebild.Entities.Lexicon;

/// <summary>
/// The rows of one actors file from every language folder that has it (<c>data/de/actors/role-nouns.tsv</c>,
/// <c>data/en/actors/role-nouns.tsv</c>, and <c>data/shared/actors/…</c> when asked), in that order.
/// </summary>
internal static class LanguageFiles
{
    public static readonly string[] Languages = ["de", "en"];

    private static readonly string[] LanguagesAndShared = [.. Languages, "shared"];

    public static IEnumerable<TsvRow> Rows(DataDirectory data, string name, int minimumFields, bool withShared = false)
    {
        foreach (var folder in withShared ? LanguagesAndShared : Languages)
        {
            var relative = $"{folder}/actors/{name}";
            if (!data.Exists(relative)) continue;
            foreach (var row in TsvFile.Read(data.PathOf(relative), minimumFields)) yield return row;
        }
    }
}
