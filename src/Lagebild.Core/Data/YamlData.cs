using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NodeDeserializers;

namespace Lagebild.Core.Data;

/// <summary>Reads a YAML data file into a typed model; syntax and shape errors name the file and line.</summary>
public static class YamlData
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNames.Instance)
        .WithNodeDeserializer(new ScalarValues(), where => where.InsteadOf<ScalarNodeDeserializer>())
        .Build();

    public static T Read<T>(string path)
    {
        if (!File.Exists(path)) throw new DataException(path, "file not found");

        try
        {
            using var reader = new StreamReader(path);
            return Deserializer.Deserialize<T>(reader) ?? throw new DataException(path, "the file is empty");
        }
        catch (YamlException ex)
        {
            throw new DataException($"{path}:{ex.Start.Line}", ex.InnerException?.Message ?? ex.Message);
        }
    }
}
