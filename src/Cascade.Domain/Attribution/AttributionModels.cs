using Cascade.Domain.Attribution.Models;

namespace Cascade.Domain.Attribution;

/// <summary>The rule of each <see cref="AttributionModel"/> and its wire name (<c>first_touch</c>, …).</summary>
public static class AttributionModels
{
    private static readonly string[] WireNames =
    [
        "first_touch", "last_touch", "linear", "u_shaped", "w_shaped", "j_shaped", "inverse_j", "full_path", "time_decay", "markov",
    ];

    private static readonly IAttributionModel[] Rules =
    [
        FirstTouchModel.Instance, LastTouchModel.Instance, LinearModel.Instance, UShapedModel.Instance, WShapedModel.Instance,
        JShapedModel.Instance, InverseJModel.Instance, FullPathModel.Instance, TimeDecayModel.Instance, MarkovModel.Instance,
    ];

    /// <summary>Every model, in declaration order (the order of <see cref="OpportunityAttribution.Models"/>).</summary>
    public static IReadOnlyList<AttributionModel> All { get; } = Enum.GetValues<AttributionModel>();

    public static IAttributionModel RuleOf(AttributionModel model) => Rules[(int)model];

    public static string ToWireName(this AttributionModel model) => WireNames[(int)model];

    /// <summary>Parses a wire name (<c>u_shaped</c>), case-insensitive and trimmed.</summary>
    public static bool TryParse(string? wireName, out AttributionModel model)
    {
        var name = wireName?.Trim();
        for (var i = 0; i < WireNames.Length; i++)
        {
            if (string.Equals(name, WireNames[i], StringComparison.OrdinalIgnoreCase))
            {
                model = (AttributionModel)i;
                return true;
            }
        }

        model = default;
        return false;
    }
}
