namespace Lagebild.Text.Tokens;

/// <summary>The quotation marks of German, English, French and Swiss typography, and the straight ones.</summary>
public static class QuoteMarks
{
    public static bool IsQuoteMark(char c) => c is '„' or '“' or '”' or '»' or '«' or '‚' or '‘' or '’' or '"' or '\'' or '‹' or '›';

    /// <summary>Low marks only ever open a quote.</summary>
    public static bool AlwaysOpens(char c) => c is '„' or '‚';
}
