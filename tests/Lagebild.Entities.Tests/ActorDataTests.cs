using Lagebild.Core.Data;

namespace Lagebild.Entities.Tests;

/// <summary>The repository's actor data agree with each other.</summary>
public sealed class ActorDataTests
{
    private static readonly DataDirectory Data = DataDirectory.Default;

    private static HashSet<string> Column(string file, int minimumFields, int column) =>
        TsvFile.Read(Data.PathOf(file), minimumFields).Select(r => r[column]).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_state_code_is_three_capital_letters()
    {
        foreach (var code in Column("actors/states.tsv", 5, 0))
        {
            Assert.True(code.Length == 3 && code.All(char.IsAsciiLetterUpper), $"bad state code '{code}'");
        }
    }

    [Fact]
    public void Every_actor_in_the_role_table_is_a_known_state_or_organisation()
    {
        var states = Column("actors/states.tsv", 5, 0);
        var organisations = Column("actors/organizations.tsv", 5, 0);
        var unknown = Column("actors/roles.tsv", 5, 2).Where(a => !states.Contains(a) && !organisations.Contains(a)).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_capital_belongs_to_a_state_in_the_lexicon()
    {
        var states = Column("actors/states.tsv", 5, 0);
        Assert.All(Column("actors/capitals.tsv", 4, 0), code => Assert.Contains(code, states));
    }

    [Fact]
    public void Every_person_in_the_role_table_is_listed_in_the_person_table()
    {
        var persons = Column("actors/persons.tsv", 3, 0);
        var unknown = Column("actors/roles.tsv", 5, 0).Where(p => !persons.Contains(p)).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void No_surface_form_names_two_persons()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new List<string>();
        foreach (var row in TsvFile.Read(Data.PathOf("actors/persons.tsv"), 3))
        {
            foreach (var form in row[1].Split('|'))
            {
                if (owners.TryGetValue(form, out var owner) && owner != row[0]) shared.Add($"{form}: {owner}, {row[0]}");
                owners.TryAdd(form, row[0]);
            }
        }

        Assert.Empty(shared);
    }

    [Theory]
    [InlineData("MLI")]
    [InlineData("BFA")]
    [InlineData("NER")]
    [InlineData("COD")]
    [InlineData("RWA")]
    [InlineData("SSD")]
    [InlineData("LBY")]
    [InlineData("MMR")]
    [InlineData("KAZ")]
    [InlineData("HTI")]
    [InlineData("CUB")]
    [InlineData("BIH")]
    public void A_state_of_a_crisis_region_beyond_the_large_powers_has_a_head_of_state_in_the_role_table(string code)
    {
        var heads = TsvFile.Read(Data.PathOf("actors/roles.tsv"), 5).Where(r => r[1] == "head_of_state" && r[2] == code);
        Assert.NotEmpty(heads);
    }
}
