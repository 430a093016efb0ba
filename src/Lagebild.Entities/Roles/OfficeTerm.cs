namespace Lagebild.Entities.Roles;

/// <summary>One term of office from <c>data/actors/roles.tsv</c>: who held which role for whom, from when to when.</summary>
public sealed record OfficeTerm(string PersonId, string Role, string Actor, string? Body, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly date) => date >= From && (To is null || date <= To);
}
