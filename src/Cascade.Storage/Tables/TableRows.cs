using System.Reflection;
using Azure.Data.Tables;

namespace Cascade.Storage.Tables;

/// <summary>
/// Typed entities from rows read untyped: for one query that returns rows of different kinds (a person's profile and
/// their journey row), where a typed query would drop the columns of every kind but one; and rows moved under other keys.
/// </summary>
public static class TableRows
{
    /// <summary>
    /// <paramref name="row"/> as a <typeparamref name="T"/>: each public settable property of a column type (string,
    /// bool, int, long, double, DateTimeOffset, byte[], nullable or not) from the column of its name.
    /// </summary>
    public static T As<T>(TableEntity row)
        where T : class, ITableEntity, new()
    {
        ArgumentNullException.ThrowIfNull(row);
        var entity = new T { PartitionKey = row.PartitionKey, RowKey = row.RowKey, Timestamp = row.Timestamp, ETag = row.ETag };
        foreach (var property in Columns<T>.Properties)
        {
            if (row.ContainsKey(property.Name) && Read(row, property.Name, property.PropertyType) is { } value)
            {
                property.SetValue(entity, value);
            }
        }

        return entity;
    }

    /// <summary>
    /// <paramref name="row"/>'s columns under other keys, without what the service keeps itself (timestamp, ETag): a row
    /// moved to another place.
    /// </summary>
    public static TableEntity Moved(TableEntity row, string partitionKey, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(row);
        var moved = new TableEntity(partitionKey, rowKey);
        foreach (var (name, value) in row.Where(c => !KeysAndMetadata.Contains(c.Key)))
        {
            moved[name] = value;
        }

        return moved;
    }

    private static readonly HashSet<string> KeysAndMetadata = ["PartitionKey", "RowKey", "Timestamp", "odata.etag"];

    private static object? Read(TableEntity row, string name, Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(string) => row.GetString(name),
            var t when t == typeof(bool) => row.GetBoolean(name),
            var t when t == typeof(int) => row.GetInt32(name),
            var t when t == typeof(long) => row.GetInt64(name),
            var t when t == typeof(double) => row.GetDouble(name),
            var t when t == typeof(DateTimeOffset) => row.GetDateTimeOffset(name),
            var t when t == typeof(byte[]) => row.GetBinary(name),
            _ => throw new NotSupportedException($"{type.Name} is not a table column type ({name})."),
        };

    private static class Columns<T>
    {
        private static readonly HashSet<string> Keys =
            [nameof(ITableEntity.PartitionKey), nameof(ITableEntity.RowKey), nameof(ITableEntity.Timestamp), nameof(ITableEntity.ETag)];

        public static readonly PropertyInfo[] Properties = typeof(T)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && !Keys.Contains(p.Name))
            .ToArray();
    }
}
