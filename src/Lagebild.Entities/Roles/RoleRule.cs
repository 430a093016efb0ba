namespace Lagebild.Entities.Roles;

/// <summary>
/// The rule text of an office-noun reference: <c>role:foreign_minister</c>, with <c>@Body</c> when the noun names
/// its body and <c>+name</c> when the holder is named right after it (<c>Außenministerin Annalena Baerbock</c>).
/// </summary>
public static class RoleRule
{
    private const string Prefix = "role:";

    public const string NamedSuffix = "+name";

    public static string Of(string role) => Prefix + role;

    /// <summary>The role of a reference whose holder is named after the noun; null for any other rule.</summary>
    public static string? NamedRole(string rule)
    {
        if (!rule.StartsWith(Prefix, StringComparison.Ordinal) || !rule.EndsWith(NamedSuffix, StringComparison.Ordinal)) return null;
        int end = rule.IndexOfAny(['@', '+'], Prefix.Length);
        return rule[Prefix.Length..end];
    }
}
