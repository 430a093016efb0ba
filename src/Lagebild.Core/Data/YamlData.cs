using System.Text.Json.Serialization.Metadata;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NodeDeserializers;

namespace Lagebild.Core.Data;

/// <summary>Reads a YAML data file into a typed model; syntax and shape errors name the file and line.</summary>
public static class YamlData
{
    /// <summary>Built on first use only: a run that finds all its models in the cache never builds it.</summary>
    private static class Yaml
    {
        public static readonly IDeserializer Deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNames.Instance)
            .WithNodeDeserializer(new ScalarValues(), where => where.InsteadOf<ScalarNodeDeserializer>())
            .Build();
    }

    public static T Read<T>(string path)
    {
        if (!File.Exists(path)) throw new DataException(path, "file not found");
        using var reader = new StreamReader(path);
        return Parse<T>(path, reader);
    }

    /// <summary>
    /// Reads a YAML data file into a typed model, or takes the model from <paramref name="cache"/> when it was read from
    /// the same bytes before (see <see cref="ParsedDataCache"/>); <paramref name="shape"/> is how the model is kept.
    /// </summary>
    public static T Read<T>(string path, JsonTypeInfo<T> shape, ParsedDataCache cache) where T : class
    {
        if (!File.Exists(path)) throw new DataException(path, "file not found");
        var content = File.ReadAllBytes(path);
        if (cache.Find(path, content, shape) is { } kept) return kept;
        using var reader = new StreamReader(new MemoryStream(content));
        var model = Parse<T>(path, reader);
        cache.Keep(path, content, model, shape);
        return model;
    }

    private static T Parse<T>(string path, TextReader reader)
    {
        try
        {
            return Yaml.Deserializer.Deserialize<T>(reader) ?? throw new DataException(path, "the file is empty");
        }
        catch (YamlException ex)
        {
            throw new DataException($"{path}:{ex.Start.Line}", ex.InnerException?.Message ?? ex.Message);
        }
    }
}
