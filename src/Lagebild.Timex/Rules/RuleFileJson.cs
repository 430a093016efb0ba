using System.Text.Json.Serialization;

namespace Lagebild.Timex.Rules;

/// <summary>How the time rule files' models are kept in the parsed-data cache (see <c>ParsedDataCache</c>).</summary>
[JsonSerializable(typeof(PieceFile))]
[JsonSerializable(typeof(RuleFile))]
[JsonSerializable(typeof(TenseFile))]
internal sealed partial class RuleFileJson : JsonSerializerContext;
