namespace Lagebild.Core.Model;

/// <summary>Every diagnostic code in one place, so messages stay stable and tests can assert on them.</summary>
public static class DiagnosticCodes
{
    /// <summary>An input file could not be read (missing, unreadable, a folder where a file was expected).</summary>
    public const string InputUnreadable = "LB001";

    /// <summary>An input file is not valid UTF-8; undecodable bytes were replaced.</summary>
    public const string InputEncoding = "LB002";

    /// <summary>A JSONL line is not a JSON object with a string <c>text</c>.</summary>
    public const string InputMalformedJson = "LB003";

    /// <summary>An HTML page has no text to analyse.</summary>
    public const string InputEmptyHtml = "LB004";

    /// <summary>A file type Lagebild does not read.</summary>
    public const string InputUnsupported = "LB005";

    /// <summary>A stage failed on a document; its layer is left as far as it got.</summary>
    public const string StageFailed = "LB010";

    /// <summary>A data file (lexicon, rules) is malformed.</summary>
    public const string DataMalformed = "LB020";

    /// <summary>A data file is missing.</summary>
    public const string DataMissing = "LB021";
}
