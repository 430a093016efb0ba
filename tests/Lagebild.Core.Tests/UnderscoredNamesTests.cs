using Lagebild.Core.Data;
using YamlDotNet.Serialization.NamingConventions;

namespace Lagebild.Core.Tests;

public class UnderscoredNamesTests
{
    [Theory]
    [InlineData("Pieces")]
    [InlineData("PastEndings")]
    [InlineData("PastEndingExceptions")]
    [InlineData("PerfectAuxiliaries")]
    [InlineData("Id")]
    [InlineData("DCT")]
    [InlineData("quad2Class")]
    [InlineData("X")]
    public void Property_names_map_to_the_same_keys_as_yamldotnets_underscored_convention(string name)
    {
        Assert.Equal(UnderscoredNamingConvention.Instance.Apply(name), UnderscoredNames.Instance.Apply(name));
    }

    [Theory]
    [InlineData("past_endings")]
    [InlineData("perfect-auxiliaries")]
    [InlineData("id")]
    [InlineData("a_b_c")]
    [InlineData("trailing_")]
    public void Keys_map_back_to_the_same_names_as_yamldotnets_underscored_convention(string key)
    {
        Assert.Equal(UnderscoredNamingConvention.Instance.Reverse(key), UnderscoredNames.Instance.Reverse(key));
    }

    [Fact]
    public void A_yaml_file_with_underscored_keys_fills_the_pascal_case_properties()
    {
        string path = Path.Combine(Path.GetTempPath(), $"underscored-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "past_endings: [ed]\nperfect_auxiliaries:\n  - have\n");
        try
        {
            var model = YamlData.Read<Sample>(path);
            Assert.Equal(["ed"], model.PastEndings);
            Assert.Equal(["have"], model.PerfectAuxiliaries);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public sealed class Sample
    {
        public List<string> PastEndings { get; set; } = [];

        public List<string> PerfectAuxiliaries { get; set; } = [];
    }
}
