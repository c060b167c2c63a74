using System.Collections.Concurrent;
using System.Reflection;
using Azure.Data.Tables;

namespace Cascade.Storage.Tables;

/// <summary>
/// An upper bound of the bytes one action adds to an entity-group transaction's request body, so that
/// <see cref="EntityGroups"/> keeps each body under <see cref="TableLimits.MaxTransactionBytes"/>. It counts what the
/// SDK sends at its worst: a string character escaped by the JSON writer (quotes, HTML-sensitive characters,
/// anything outside printable ASCII) as six bytes, the keys once more in the action's URL, each property's type
/// annotation, and the multipart headers around the action.
/// </summary>
internal static class TransactionBodySize
{
    // Multipart boundary and headers of one action (method line, content type, If-Match, ...): about 500 bytes.
    private const int ActionOverhead = 1024;

    // A key character in the JSON body (6 bytes at most) and percent-encoded in the URL (9 bytes at most).
    private const int KeyCharBytes = 16;

    // A property's name twice (value and type annotation) plus quotes, separators and the type's name.
    private const int PropertyOverhead = 48;

    // A number, instant, Guid or Boolean written as JSON.
    private const int ScalarBytes = 64;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesOf = new();

    public static long Of(TableTransactionAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var entity = action.Entity;
        long bytes = ActionOverhead + ((long)KeysLength(entity) * KeyCharBytes);
        if (action.ActionType == TableTransactionActionType.Delete)
        {
            // A delete sends no body: its keys are in the URL.
            return bytes;
        }

        foreach (var (name, value) in Properties(entity))
        {
            bytes += PropertyOverhead + (2L * name.Length) + ValueBytes(value);
        }

        return bytes;
    }

    private static int KeysLength(ITableEntity entity) => (entity.PartitionKey?.Length ?? 0) + (entity.RowKey?.Length ?? 0);

    private static IEnumerable<(string Name, object? Value)> Properties(ITableEntity entity) =>
        entity is IDictionary<string, object> dictionary
            ? dictionary.Select(p => (p.Key, (object?)p.Value))
            : PropertiesOf.GetOrAdd(entity.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray())
                .Select(p => (p.Name, p.GetValue(entity)));

    private static long ValueBytes(object? value) => value switch
    {
        null => ScalarBytes,
        string s => 2 + EscapedLength(s),
        byte[] b => 2 + Base64Length(b.Length),
        BinaryData b => 2 + Base64Length(b.ToMemory().Length),
        Enum e => 2 + EscapedLength(e.ToString()),
        _ => ScalarBytes,
    };

    private static long Base64Length(long bytes) => (bytes + 2) / 3 * 4;

    private static long EscapedLength(string value)
    {
        long length = 0;
        foreach (var c in value)
        {
            length += c is >= ' ' and <= '~' and not ('"' or '\\' or '<' or '>' or '&' or '\'' or '+' or '`') ? 1 : 6;
        }

        return length;
    }
}
