using Lagebild.Entities.Roles;

namespace Lagebild.Entities.Tests;

public sealed class RoleTableTests
{
    private static readonly RoleTable Table = new(
    [
        new OfficeTerm("Anna_Example", "foreign_minister", "AAA", "Ministry_A", new DateOnly(2020, 1, 1), new DateOnly(2021, 12, 31)),
        new OfficeTerm("Ben_Example", "foreign_minister", "AAA", "Ministry_A", new DateOnly(2022, 1, 1), null),
        new OfficeTerm("Anna_Example", "secretary_general", "Alliance_B", null, new DateOnly(2022, 3, 1), null),
    ]);

    [Fact]
    public void The_holder_of_an_office_depends_on_the_date()
    {
        Assert.Equal("Anna_Example", Table.HolderOf("foreign_minister", "AAA", new DateOnly(2021, 6, 1)));
        Assert.Equal("Ben_Example", Table.HolderOf("foreign_minister", "AAA", new DateOnly(2022, 6, 1)));
    }

    [Fact]
    public void A_person_acts_for_the_actor_of_the_office_held_at_the_date()
    {
        Assert.Equal("AAA", Table.ActorFor("Anna_Example", new DateOnly(2021, 6, 1)));
        Assert.Equal("Alliance_B", Table.ActorFor("Anna_Example", new DateOnly(2023, 1, 1)));
    }

    [Fact]
    public void The_repository_role_table_knows_the_kremlin_spokesman()
    {
        Assert.Equal("RUS", StageFixture.Entities.Value.Roles.ActorFor("Dmitry_Peskov", new DateOnly(2022, 1, 10)));
        Assert.Equal("Vladimir_Putin", StageFixture.Entities.Value.Roles.HolderOf("head_of_state", "RUS", new DateOnly(2022, 1, 10)));
    }
}
