using Lagebild.Core.Model;

namespace Lagebild.Input;

/// <summary>What reading one input gave: a document (perhaps with warnings), or an error that names file and line.</summary>
public sealed record InputItem(Document? Document, Diagnostic? Problem)
{
    public static InputItem Of(Document document) => new(document, null);

    public static InputItem Failed(string code, string location, string message) =>
        new(null, new Diagnostic(code, Severity.Error, location, message));
}
