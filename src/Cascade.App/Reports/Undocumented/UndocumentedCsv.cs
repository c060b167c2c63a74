using Cascade.App.Reports.Csv;

namespace Cascade.App.Reports.Undocumented;

/// <summary>The undocumented deals, one row each; <c>missing</c> lists the fields separated by <c>;</c>.</summary>
public static class UndocumentedCsv
{
    public static string Render(IReadOnlyList<UndocumentedOpportunityView> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new CsvWriter().Row("opportunityId", "name", "accountDomain", "createdAt", "missing", "ageDays");
        foreach (var row in rows)
        {
            csv.Row(row.OpportunityId, row.Name, row.AccountDomain, row.CreatedAt, string.Join(';', row.Missing), row.AgeDays);
        }

        return csv.ToString();
    }
}
