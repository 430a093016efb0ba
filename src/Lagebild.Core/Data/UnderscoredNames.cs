using YamlDotNet.Serialization;

namespace Lagebild.Core.Data;

/// <summary>
/// Property names as data files spell them (<c>PastEndings</c> ↔ <c>past_endings</c>): the same mapping as YamlDotNet's
/// underscored convention, written as a plain loop because that one compiles a regular expression on first use,
/// a noticeable share of the command line's start-up.
/// </summary>
public sealed class UnderscoredNames : INamingConvention
{
    public static readonly UnderscoredNames Instance = new();

    private UnderscoredNames()
    {
    }

    /// <summary><c>PastEndings</c> → <c>past_endings</c>: the first letter lower-cased, every later capital A–Z preceded by '_'.</summary>
    public string Apply(string value)
    {
        if (string.IsNullOrEmpty(value)) return value;
        var name = new System.Text.StringBuilder(value.Length + 4);
        name.Append(char.ToLowerInvariant(value[0]));
        for (int i = 1; i < value.Length; i++)
        {
            char c = value[i];
            if (c is >= 'A' and <= 'Z') name.Append('_').Append((char)(c - 'A' + 'a'));
            else name.Append(c);
        }

        return name.ToString();
    }

    /// <summary><c>past_endings</c> → <c>PastEndings</c>: a letter after '_' or '-' upper-cased (the mark dropped), and the first letter.</summary>
    public string Reverse(string value)
    {
        if (string.IsNullOrEmpty(value)) return value;
        var name = new System.Text.StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c is '_' or '-' && i + 1 < value.Length && char.IsAsciiLetter(value[i + 1]))
            {
                name.Append(char.ToUpperInvariant(value[++i]));
                continue;
            }

            name.Append(c);
        }

        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }
}
