namespace Lagebild.Core.Data;

/// <summary>A data file is missing or malformed; the message names the file and line.</summary>
public sealed class DataException : Exception
{
    public DataException(string location, string problem)
        : base($"{location}: {problem}")
    {
        Location = location;
        Problem = problem;
    }

    public string Location { get; }

    public string Problem { get; }
}
