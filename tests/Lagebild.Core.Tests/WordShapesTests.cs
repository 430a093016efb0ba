using Lagebild.Core.Lookup;

namespace Lagebild.Core.Tests;

public sealed class WordShapesTests
{
    [Theory]
    [InlineData("erklärte")]
    [InlineData("ERKLÄRTE")]
    [InlineData("Erklärte")]
    [InlineData("Äußerung")]
    [InlineData("äUßERUNG")]
    [InlineData("hieß")]
    public void A_word_added_is_never_rejected_in_any_case(string word)
    {
        var shapes = new WordShapes();
        foreach (var added in new[] { "erklärte", "Äußerung", "hieß" }) shapes.Add(added);

        Assert.True(shapes.MayContain(word));
    }

    [Theory]
    [InlineData("erklärt")]
    [InlineData("Bericht")]
    [InlineData("sagt")]
    public void A_word_of_another_length_or_other_first_and_last_letters_is_rejected(string word)
    {
        var shapes = new WordShapes();
        shapes.Add("erklärte");
        shapes.Add("sagte");

        Assert.False(shapes.MayContain(word));
    }

    [Fact]
    public void A_table_with_no_words_rejects_every_ascii_word()
    {
        Assert.False(new WordShapes().MayContain("Gipfel"));
    }

    [Fact]
    public void Words_with_letters_outside_ascii_at_both_ends_do_not_let_every_word_pass()
    {
        var shapes = new WordShapes();
        shapes.Add("Ökonomieß");
        shapes.Add("Élysée");

        Assert.False(shapes.MayContain("Gipfelnx"));
        Assert.True(shapes.MayContain("ökonomieß"));
        Assert.True(shapes.MayContain("ÉLYSÉE"));
    }

    [Fact]
    public void Shapes_that_keep_case_reject_a_word_written_in_another_case()
    {
        var shapes = new WordShapes(ignoreCase: false);
        shapes.Add("Kreml");

        Assert.True(shapes.MayContain("Kreml"));
        Assert.False(shapes.MayContain("kreml"));
    }
}
