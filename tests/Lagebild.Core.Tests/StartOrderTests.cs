using Lagebild.Core.Lookup;
using Lagebild.Core.Model;

namespace Lagebild.Core.Tests;

public class StartOrderTests
{
    private static readonly List<EntityMention> Mentions =
    [
        Mention(0, 5), Mention(10, 14), Mention(10, 20), Mention(30, 35),
    ];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 3)]
    [InlineData(30, 3)]
    [InlineData(31, 4)]
    public void Finds_the_first_mention_starting_at_or_after_an_offset(int offset, int expected)
    {
        Assert.Equal(expected, StartOrder.FirstAtOrAfter(Mentions, offset, static m => m.Start));
    }

    [Fact]
    public void An_empty_list_gives_zero()
    {
        Assert.Equal(0, StartOrder.FirstAtOrAfter(new List<EntityMention>(), 7, static m => m.Start));
    }

    private static EntityMention Mention(int start, int end) => new(start, end, new string('x', end - start), "GPE", null, null, "test");
}
