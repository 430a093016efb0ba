using System.Text.Json.Serialization;

namespace Lagebild.Events.Scheme;

/// <summary>How the event scheme's model is kept in the parsed-data cache (see <c>ParsedDataCache</c>).</summary>
[JsonSerializable(typeof(PloverScheme.SchemeModel))]
internal sealed partial class SchemeJson : JsonSerializerContext;
