using Cascade.App.Validation;

namespace Cascade.App.Spend;

/// <summary>
/// How a spend upload ended: stored (how many rows were read and how many distinct cells they set), or refused
/// with every bad row's errors, in which case nothing was stored.
/// </summary>
public sealed class SpendUploadResult
{
    private SpendUploadResult(bool isStored, int rows, int cells, ValidationErrors? errors)
    {
        IsStored = isStored;
        Rows = rows;
        Cells = cells;
        Errors = errors ?? new ValidationErrors();
    }

    public bool IsStored { get; }

    public int Rows { get; }

    public int Cells { get; }

    public ValidationErrors Errors { get; }

    public static SpendUploadResult Stored(int rows, int cells) => new(true, rows, cells, null);

    public static SpendUploadResult Invalid(ValidationErrors errors) => new(false, 0, 0, errors ?? throw new ArgumentNullException(nameof(errors)));
}
