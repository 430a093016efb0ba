using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Lagebild.Core.Data;

/// <summary>
/// Reads a YAML scalar as the string, number, truth value or enum member a data model expects, in place of YamlDotNet's
/// own scalar reader, which compiles seven regular expressions on first use (a noticeable share of the command line's
/// start-up). Truth values are <c>true/false</c>, <c>yes/no</c> and <c>on/off</c>; numbers are read in the
/// invariant culture.
/// </summary>
public sealed class ScalarValues : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
    {
        if (!reader.TryConsume<Scalar>(out var scalar))
        {
            value = null;
            return false;
        }

        var type = Nullable.GetUnderlyingType(expectedType) ?? expectedType;
        value = Read(scalar, type);
        return true;
    }

    private static object Read(Scalar scalar, Type type)
    {
        string text = scalar.Value;
        if (type == typeof(string) || type == typeof(object)) return text;
        if (type.IsEnum)
        {
            return Enum.TryParse(type, text.Replace("_", ""), ignoreCase: true, out var member) && Enum.IsDefined(type, member!)
                ? member!
                : throw Invalid(scalar, $"'{text}' is not one of {string.Join(", ", Enum.GetNames(type))}");
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => ReadTruth(scalar),
            TypeCode.Int32 => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int i) ? i : throw Invalid(scalar, $"'{text}' is not a whole number"),
            TypeCode.Int64 => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long l) ? l : throw Invalid(scalar, $"'{text}' is not a whole number"),
            TypeCode.Double => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : throw Invalid(scalar, $"'{text}' is not a number"),
            _ => throw Invalid(scalar, $"a value of type {type.Name} cannot be written as a plain value"),
        };
    }

    private static bool ReadTruth(Scalar scalar) => scalar.Value.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => throw Invalid(scalar, $"'{scalar.Value}' is not true or false"),
    };

    private static YamlException Invalid(Scalar scalar, string problem) => new(scalar.Start, scalar.End, problem);
}
