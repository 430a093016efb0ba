namespace Lagebild.Core.Format;

/// <summary>
/// Makes text safe for JSON: a lone UTF-16 surrogate (possible in JSONL input) becomes U+FFFD,
/// which keeps the length, so offsets stay valid.
/// </summary>
internal static class JsonText
{
    public static string Safe(string text)
    {
        int bad = FirstLoneSurrogate(text);
        if (bad < 0) return text;

        var chars = text.ToCharArray();
        for (int i = bad; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }

        return new string(chars);
    }

    private static int FirstLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return i;
        }

        return -1;
    }
}
