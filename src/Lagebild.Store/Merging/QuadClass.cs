namespace Lagebild.Store.Merging;

/// <summary>
/// The PLOVER quad class of each event category (PLOVER manual, section "Quad categories").
/// A small fixed table of the specification, not language knowledge.
/// </summary>
public static class QuadClass
{
    public const string VerbalCooperation = "verbal-cooperation";
    public const string MaterialCooperation = "material-cooperation";
    public const string VerbalConflict = "verbal-conflict";
    public const string MaterialConflict = "material-conflict";

    private static readonly Dictionary<string, string> ByCategory = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AGREE"] = VerbalCooperation,
        ["CONSULT"] = VerbalCooperation,
        ["SUPPORT"] = VerbalCooperation,
        ["CONCEDE"] = VerbalCooperation,
        ["COOPERATE"] = MaterialCooperation,
        ["AID"] = MaterialCooperation,
        ["RETREAT"] = MaterialCooperation,
        ["REQUEST"] = VerbalConflict,
        ["ACCUSE"] = VerbalConflict,
        ["REJECT"] = VerbalConflict,
        ["THREATEN"] = VerbalConflict,
        ["PROTEST"] = VerbalConflict,
        ["SANCTION"] = MaterialConflict,
        ["MOBILIZE"] = MaterialConflict,
        ["COERCE"] = MaterialConflict,
        ["ASSAULT"] = MaterialConflict,
    };

    /// <summary>The quad class of a PLOVER category; <c>unknown</c> for a category outside the table.</summary>
    public static string Of(string category) => ByCategory.GetValueOrDefault(category, "unknown");

    public static bool IsCooperation(string quad) => quad is VerbalCooperation or MaterialCooperation;

    public static bool IsConflict(string quad) => quad is VerbalConflict or MaterialConflict;

    /// <summary>The PLOVER quad code: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public static int Code(string quad) => quad switch
    {
        VerbalCooperation => 1,
        MaterialCooperation => 2,
        VerbalConflict => 3,
        MaterialConflict => 4,
        _ => 0,
    };
}
