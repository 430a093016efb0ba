namespace Lagebild.Core.Data;

/// <summary>
/// Finds the <c>data/</c> folder: the <c>LAGEBILD_DATA</c> environment variable, else <c>data/</c> beside the binaries,
/// else the nearest <c>data/</c> above the current folder.
/// </summary>
public sealed class DataDirectory
{
    public const string EnvironmentVariable = "LAGEBILD_DATA";

    public DataDirectory(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DataException(root, "the data folder does not exist");
        }

        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    /// <summary>The path of a file below the data folder (<c>de/time/rules.yaml</c>).</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public bool Exists(string relative) => File.Exists(PathOf(relative));

    public static DataDirectory Locate(string? explicitRoot = null)
    {
        if (explicitRoot is not null) return new DataDirectory(explicitRoot);

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment)) return new DataDirectory(fromEnvironment);

        var besideBinaries = Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(besideBinaries)) return new DataDirectory(besideBinaries);

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(candidate)) return new DataDirectory(candidate);
        }

        throw new DataException("data/", $"no data folder found; set {EnvironmentVariable}");
    }

    private static readonly Lazy<DataDirectory> DefaultInstance = new(() => Locate());

    /// <summary>The data folder found by <see cref="Locate"/>, looked up once.</summary>
    public static DataDirectory Default => DefaultInstance.Value;
}
