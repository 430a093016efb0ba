namespace Lagebild.Entities.Lexicon;

/// <summary>
/// Splits a lexicon form into the words the tokenizer will produce for it: at spaces, and around punctuation other
/// than the hyphen, period and apostrophe that stay inside words (<c>Bündnis 90/Die Grünen</c> → five words).
/// </summary>
public static class FormWords
{
    public static List<string> Split(string form)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= form.Length; i++)
        {
            bool end = i == form.Length;
            char c = end ? ' ' : form[i];
            bool separator = char.IsWhiteSpace(c);
            bool punctuation = !separator && (char.IsPunctuation(c) || char.IsSymbol(c)) && c is not ('-' or '.' or '\'' or '’' or '&');
            if (separator || punctuation)
            {
                if (start >= 0) words.Add(form[start..i]);
                start = -1;
                if (punctuation) words.Add(c.ToString());
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return words;
    }
}
