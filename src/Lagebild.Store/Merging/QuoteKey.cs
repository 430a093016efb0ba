using System.Security.Cryptography;
using System.Text;

namespace Lagebild.Store.Merging;

/// <summary>The identity of a quote across outlets: speaker plus the quoted words, lower-cased, punctuation and spacing ignored.</summary>
public static class QuoteKey
{
    public static string Of(string? speaker, string text)
    {
        var sb = new StringBuilder(text.Length + 32);
        sb.Append(speaker ?? "?").Append('\u001f');
        bool space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb[^1] != '\u001f') sb.Append(' ');
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else space = true;
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
