using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cascade.App.Messages;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Workspace;
using Cascade.Storage.LeadFacts;

namespace Cascade.App.Leads;

/// <summary>
/// Turns imports and sales actions into stored lead facts and back. Fact ids derive from the content, so the
/// same import or action delivered twice is stored once.
/// </summary>
public static class LeadFactCodec
{
    public const string ImportKind = "import";
    public const string ActionKind = "action";

    public static LeadFactRecord Import(PersonDocument person) => Record(person.EmailAddress, ImportKind, person.At, person);

    public static LeadFactRecord Action(EmailAddress email, SalesActionDocument action) => Record(email, ActionKind, action.At, action);

    /// <summary>A person's facts as the lifecycle replay takes them.</summary>
    public static (LeadImport? Import, IReadOnlyList<SalesAction> Actions) Read(IEnumerable<LeadFactRecord> facts)
    {
        LeadImport? import = null;
        var actions = new List<SalesAction>();
        foreach (var fact in facts.OrderBy(f => f.At).ThenBy(f => f.Id, StringComparer.Ordinal))
        {
            switch (fact.Kind)
            {
                case ImportKind:
                    var person = JsonSerializer.Deserialize<PersonDocument>(fact.Json, MessageJson.Options)!;
                    var next = new LeadImport(person.Profile.ToProfile(), person.At);
                    import = import is null ? next : import.Then(next);
                    break;
                case ActionKind:
                    actions.Add(JsonSerializer.Deserialize<SalesActionDocument>(fact.Json, MessageJson.Options)!.ToSalesAction());
                    break;
            }
        }

        return (import, actions);
    }

    private static LeadFactRecord Record<T>(EmailAddress email, string kind, DateTimeOffset at, T document)
    {
        var json = JsonSerializer.Serialize(document, MessageJson.Options);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)).AsSpan(0, 8));
        return new LeadFactRecord(email, kind, $"{at.UtcTicks:D19}-{hash}", at, json);
    }
}
