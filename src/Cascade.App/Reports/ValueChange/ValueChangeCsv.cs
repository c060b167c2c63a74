using Cascade.App.Reports.Csv;

namespace Cascade.App.Reports.ValueChange;

/// <summary>The value-change report as one table: a row per key, then <c>(unattributed)</c> and <c>total</c>.</summary>
public static class ValueChangeCsv
{
    public static string Render(ValueChangeView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new CsvWriter().Row(view.GroupBy, "increase", "decrease");
        foreach (var row in view.Rows)
        {
            csv.Row(row.Key, row.Increase, row.Decrease);
        }

        csv.Row("(unattributed)", view.Unattributed.Increase, view.Unattributed.Decrease);
        csv.Row("total", view.Increases.Amount, view.Decreases.Amount);
        return csv.ToString();
    }
}
