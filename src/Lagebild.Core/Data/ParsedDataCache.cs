using System.IO.Hashing;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Lagebild.Core.Data;

/// <summary>
/// Keeps what a YAML data file was read into, as JSON, so that later runs read the JSON instead of parsing the YAML:
/// YAML's first use costs a short run more start-up time than all the rest of its data. An entry belongs to one data
/// file and is used only while that file's bytes and the program's model of it are the ones it was made from; it is
/// replaced when either changes, so the folder holds one entry per data file. Only a file that read without error is
/// kept, so errors are always reported from the YAML itself. The folder is <c>LAGEBILD_CACHE</c> when set
/// (<c>off</c> switches the cache off), else <c>lagebild</c> in the user's cache folder (<c>XDG_CACHE_HOME</c> or
/// <c>~/.cache</c>). A cache that cannot be read or written is passed over.
/// </summary>
public sealed class ParsedDataCache
{
    private readonly string? _folder;

    public ParsedDataCache(string? folder) => _folder = string.IsNullOrEmpty(folder) ? null : folder;

    public static ParsedDataCache Default { get; } = new(DefaultFolder());

    /// <summary>The model kept for these bytes of the data file, or null.</summary>
    public T? Find<T>(string dataPath, ReadOnlySpan<byte> content, JsonTypeInfo<T> shape) where T : class
    {
        if (_folder is null) return null;
        try
        {
            var entry = EntryPath(FilePrefix<T>(dataPath), content, typeof(T));
            return File.Exists(entry) ? JsonSerializer.Deserialize(File.ReadAllBytes(entry), shape) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Keeps the model read from these bytes of the data file, replacing what was kept for the file before.</summary>
    public void Keep<T>(string dataPath, ReadOnlySpan<byte> content, T model, JsonTypeInfo<T> shape)
    {
        if (_folder is null) return;
        try
        {
            Directory.CreateDirectory(_folder);
            var prefix = FilePrefix<T>(dataPath);
            var entry = EntryPath(prefix, content, typeof(T));
            foreach (var stale in Directory.EnumerateFiles(_folder, prefix + "*.json"))
            {
                if (stale != entry) File.Delete(stale);
            }

            var temporary = $"{entry}.{Environment.ProcessId}.tmp";
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(model, shape));
            File.Move(temporary, entry, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // a cache that cannot be written is no cache
        }
    }

    /// <summary>The entry's name: the data file and model (<paramref name="prefix"/>), then the file's bytes and the build of
    /// the <paramref name="model"/>.</summary>
    private string EntryPath(string prefix, ReadOnlySpan<byte> content, Type model)
    {
        var hash = new XxHash128();
        hash.Append(content);
        hash.Append(model.Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        return Path.Combine(_folder!, $"{prefix}{Convert.ToHexStringLower(hash.GetCurrentHash())}.json");
    }

    /// <summary>What every entry of one data file read into one model begins with.</summary>
    private static string FilePrefix<T>(string dataPath)
    {
        var path = System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(dataPath));
        return $"{typeof(T).Name}-{Convert.ToHexStringLower(XxHash128.Hash(path), 0, 8)}-";
    }

    private static string? DefaultFolder()
    {
        var chosen = Environment.GetEnvironmentVariable("LAGEBILD_CACHE");
        if (chosen is not null) return chosen.Equals("off", StringComparison.OrdinalIgnoreCase) ? null : chosen;
        var cacheHome = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cacheHome))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (string.IsNullOrEmpty(home)) return null;
            cacheHome = Path.Combine(home, ".cache");
        }

        return Path.Combine(cacheHome, "lagebild");
    }
}
