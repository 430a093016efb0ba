using System.Text.Json.Serialization;
using Lagebild.Core.Data;

namespace Lagebild.Core.Tests;

public sealed class ParsedDataCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"lagebild-cache-test-{Guid.NewGuid():N}");
    private readonly string _dataFile;

    public ParsedDataCacheTests()
    {
        Directory.CreateDirectory(_folder);
        _dataFile = Path.Combine(_folder, "words.yaml");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string CacheFolder => Path.Combine(_folder, "cache");

    private WordModel Read() => YamlData.Read(_dataFile, CacheShapes.Default.WordModel, new ParsedDataCache(CacheFolder));

    [Fact]
    public void The_second_read_of_unchanged_bytes_takes_the_kept_model()
    {
        File.WriteAllText(_dataFile, "words: [Gipfel, Treffen]\n");
        Assert.Equal(["Gipfel", "Treffen"], Read().Words);

        // What is kept is what the second read returns: change it behind the cache's back to see it used.
        var entry = Assert.Single(Directory.GetFiles(CacheFolder));
        File.WriteAllText(entry, """{"Words":["kept"]}""");

        Assert.Equal(["kept"], Read().Words);
    }

    [Fact]
    public void Changed_data_is_read_anew_and_replaces_the_kept_model()
    {
        File.WriteAllText(_dataFile, "words: [Gipfel]\n");
        Read();
        File.WriteAllText(_dataFile, "words: [Gipfel, Gespräch]\n");

        Assert.Equal(["Gipfel", "Gespräch"], Read().Words);
        Assert.Single(Directory.GetFiles(CacheFolder));
    }

    [Fact]
    public void A_damaged_entry_is_passed_over_and_the_yaml_read_again()
    {
        File.WriteAllText(_dataFile, "words: [Gipfel]\n");
        Read();
        File.WriteAllText(Assert.Single(Directory.GetFiles(CacheFolder)), "{ not json");

        Assert.Equal(["Gipfel"], Read().Words);
    }

    [Fact]
    public void A_file_with_an_error_is_reported_with_its_line_every_time_and_never_kept()
    {
        File.WriteAllText(_dataFile, "words: [Gipfel]\nstrict: perhaps\n");

        for (int run = 0; run < 2; run++)
        {
            var error = Assert.Throws<DataException>(Read);
            Assert.Contains("words.yaml:2", error.Message);
        }

        Assert.False(Directory.Exists(CacheFolder) && Directory.GetFiles(CacheFolder).Length > 0);
    }

    [Fact]
    public void Without_a_folder_nothing_is_kept()
    {
        File.WriteAllText(_dataFile, "words: [Gipfel]\n");

        var model = YamlData.Read(_dataFile, CacheShapes.Default.WordModel, new ParsedDataCache(null));

        Assert.Equal(["Gipfel"], model.Words);
        Assert.False(Directory.Exists(CacheFolder));
    }

    public sealed class WordModel
    {
        public List<string> Words { get; set; } = [];

        public bool Strict { get; set; }
    }
}

[JsonSerializable(typeof(ParsedDataCacheTests.WordModel))]
internal sealed partial class CacheShapes : JsonSerializerContext;
