using Lagebild.Core.Data;

namespace Lagebild.Cli.Commands;

/// <summary>
/// Finds folders of the Lagebild checkout that are not copied beside the binaries (the bundled samples, the peer
/// benchmark): beside the data folder, else the nearest one above the current folder or the program.
/// </summary>
internal static class ProjectFolders
{
    public static string Samples(DataDirectory data) => Find(data, "samples") ?? "samples";

    public static string? ChronoPeer(DataDirectory data) => Find(data, Path.Combine("bench", "chrono"));

    private static string? Find(DataDirectory data, string relative)
    {
        var besideData = Path.Combine(Path.GetDirectoryName(data.Root)!, relative);
        if (Directory.Exists(besideData)) return besideData;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (Directory.Exists(candidate)) return candidate;
            }
        }

        return null;
    }
}
