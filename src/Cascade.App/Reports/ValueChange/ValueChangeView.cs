namespace Cascade.App.Reports.ValueChange;

/// <summary><c>GET /api/reports/value-change/{quarter}</c>: rows plus unattributed sum exactly to the increases and the decreases.</summary>
public sealed record ValueChangeView(
    string Quarter,
    string GroupBy,
    ValueChangeFigureView Increases,
    ValueChangeFigureView Decreases,
    IReadOnlyList<ValueChangeRowView> Rows,
    ValueChangeUnattributedView Unattributed);
