using Lagebild.Core.Data;
using Lagebild.Events.Lexicon;

namespace Lagebild.Events.Tests;

public sealed class ContextCuesTests
{
    [Fact]
    public void A_word_may_have_a_kind_and_several_classes()
    {
        var cues = Load("negation\tnot\npreposition\tnot\ndeterminer\tnot\n");

        Assert.Equal(CueKind.Negation, cues.KindOf("NOT"));
        Assert.True(cues.Is("not", WordClass.Preposition));
        Assert.True(cues.Is("not", WordClass.Determiner));
        Assert.Equal(default, cues.Lookup("never"));
    }

    [Theory]
    [InlineData("future\twill\nnegation\twill\n", "'will' is listed twice")]
    [InlineData("preposition\twith\npreposition\tWith\n", "'With' is listed twice as preposition")]
    public void A_word_listed_twice_is_an_error_naming_the_line(string rows, string problem)
    {
        var error = Assert.Throws<DataException>(() => Load(rows));

        Assert.Contains(".tsv:3", error.Message); // line 1 is the comment
        Assert.Contains(problem, error.Message);
    }

    private static ContextCues Load(string rows)
    {
        string path = Path.Combine(Path.GetTempPath(), $"context-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# test cues\n" + rows);
        try
        {
            return ContextCues.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
