namespace Lagebild.Web.Api;

/// <summary>A PLOVER category, its quad class and its tension weight.</summary>
/// <param name="Weight">
/// Goldstein-like weight from -10 (most conflictual) to +10 (most cooperative). The tension of an actor pair on a day
/// is the negated sum of the weights of its incidents, so conflict raises the curve and cooperation lowers it.
/// </param>
public sealed record PloverCategory(string Name, string QuadClass, double Weight, string Description);

/// <summary>
/// The sixteen PLOVER event categories (Open Event Data Alliance, PLOVER specification, CC-BY) with a weight in the spirit
/// of the Goldstein (1992) conflict–cooperation scale, chosen per category as the typical value of the CAMEO codes it
/// merges. Served at <c>/api/categories</c>; the page's tension curve uses them.
/// </summary>
public static class PloverCategories
{
    public static readonly IReadOnlyList<string> QuadClasses =
        ["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"];

    public static readonly IReadOnlyList<PloverCategory> All =
    [
        new("AGREE", "verbal-cooperation", 4.0, "agree to, promise or sign an agreement"),
        new("CONSULT", "verbal-cooperation", 1.0, "meet, talk, negotiate, visit"),
        new("SUPPORT", "verbal-cooperation", 3.0, "praise, endorse, express support"),
        new("CONCEDE", "verbal-cooperation", 5.0, "yield, ease restrictions, make concessions"),
        new("COOPERATE", "material-cooperation", 6.0, "cooperate economically, militarily or in security"),
        new("AID", "material-cooperation", 7.0, "give economic, military or humanitarian aid"),
        new("RETREAT", "material-cooperation", 5.0, "withdraw troops, release, de-escalate"),
        new("REQUEST", "verbal-conflict", -1.0, "demand, ask for, appeal"),
        new("ACCUSE", "verbal-conflict", -2.0, "accuse, criticise, blame"),
        new("REJECT", "verbal-conflict", -4.0, "reject, refuse, veto"),
        new("THREATEN", "verbal-conflict", -6.0, "threaten, give an ultimatum"),
        new("PROTEST", "material-conflict", -5.0, "demonstrate, boycott, strike"),
        new("SANCTION", "material-conflict", -6.0, "impose sanctions, expel, break relations"),
        new("MOBILIZE", "material-conflict", -7.0, "mobilise or deploy forces, raise alert"),
        new("COERCE", "material-conflict", -8.0, "seize, arrest, block, cyber attack"),
        new("ASSAULT", "material-conflict", -10.0, "attack with force, bomb, kill"),
    ];

    public static readonly IReadOnlyDictionary<string, PloverCategory> ByName =
        All.ToDictionary(c => c.Name, StringComparer.Ordinal);
}
