using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cascade.App.Messages;

/// <summary>The JSON of queue messages: camelCase like the API, nulls left out to keep messages small.</summary>
public static class MessageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
