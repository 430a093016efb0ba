namespace Lagebild.Tests;

/// <summary>Finds the <c>shared/</c> folder (development corpus, gold, reference scorer) that sits beside the repository.</summary>
internal static class SharedFolder
{
    public static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "tools", "score.py"))) return candidate;
        }

        throw new InvalidOperationException("shared/ with tools/score.py not found above " + AppContext.BaseDirectory);
    }
}
