namespace Cascade.Domain.Spend;

/// <summary>
/// What was spent on a channel (and optionally one campaign of it) in a month, in the workspace currency.
/// (<see cref="Month"/>, <see cref="Channel"/>, <see cref="Campaign"/>) is the cell: a later entry for the same
/// cell replaces the earlier one.
/// </summary>
public sealed record SpendEntry(SpendMonth Month, string Channel, string? Campaign, decimal Amount)
{
    /// <summary>The cell this entry sets; the campaign is compared ordinally, a missing one is its own cell.</summary>
    public (SpendMonth Month, string Channel, string Campaign) Cell => (Month, Channel, Campaign ?? string.Empty);

    /// <summary>
    /// The entries that stand after applying <paramref name="entries"/> in order: one per cell, the last one wins,
    /// in the order their cells first appeared.
    /// </summary>
    public static IReadOnlyList<SpendEntry> LastPerCell(IEnumerable<SpendEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var cells = new Dictionary<(SpendMonth, string, string), int>();
        var result = new List<SpendEntry>();
        foreach (var entry in entries)
        {
            if (cells.TryGetValue(entry.Cell, out var index))
            {
                result[index] = entry;
            }
            else
            {
                cells[entry.Cell] = result.Count;
                result.Add(entry);
            }
        }

        return result;
    }
}
