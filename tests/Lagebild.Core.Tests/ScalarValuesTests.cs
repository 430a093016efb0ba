using Lagebild.Core.Data;

namespace Lagebild.Core.Tests;

public class ScalarValuesTests
{
    [Fact]
    public void Plain_values_fill_strings_numbers_truth_values_and_enums()
    {
        var model = Read("name: Gespräche\ncount: 3\nweight: -2.5\nsymmetric: yes\nstrict: off\nkind: past_tense\nmaybe: 4\nempty: ~\n");

        Assert.Equal("Gespräche", model.Name);
        Assert.Equal(3, model.Count);
        Assert.Equal(-2.5, model.Weight);
        Assert.True(model.Symmetric);
        Assert.False(model.Strict);
        Assert.Equal(Kind.PastTense, model.Kind);
        Assert.Equal(4, model.Maybe);
        Assert.Null(model.Empty);
    }

    [Fact]
    public void Quoted_numbers_stay_text_where_the_model_wants_text()
    {
        Assert.Equal("007", Read("name: '007'\n").Name);
    }

    [Theory]
    [InlineData("symmetric: maybe\n", "'maybe' is not true or false")]
    [InlineData("count: 3.5\n", "'3.5' is not a whole number")]
    [InlineData("weight: heavy\n", "'heavy' is not a number")]
    [InlineData("kind: future\n", "'future' is not one of")]
    public void A_value_of_the_wrong_kind_names_the_file_line_and_value(string yaml, string problem)
    {
        var error = Assert.Throws<DataException>(() => Read("name: x\n" + yaml));

        Assert.Contains(":2", error.Message);
        Assert.Contains(problem, error.Message);
    }

    private static Sample Read(string yaml)
    {
        string path = Path.Combine(Path.GetTempPath(), $"scalars-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            return YamlData.Read<Sample>(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public enum Kind
    {
        Present,
        PastTense,
    }

    public sealed class Sample
    {
        public string Name { get; set; } = "";

        public int Count { get; set; }

        public double Weight { get; set; }

        public bool Symmetric { get; set; }

        public bool Strict { get; set; } = true;

        public Kind Kind { get; set; }

        public int? Maybe { get; set; }

        public string? Empty { get; set; } = "set";
    }
}
