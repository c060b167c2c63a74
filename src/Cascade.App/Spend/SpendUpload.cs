using Cascade.App.Configuration;
using Cascade.Domain.Spend;
using Cascade.Storage.Spend;
using Microsoft.Extensions.Options;

namespace Cascade.App.Spend;

/// <summary>
/// <c>POST /api/spend</c>: reads every row (JSON or CSV), and stores them only when all are valid. Each row sets
/// its cell (month, channel, campaign) as a PUT does: within an upload the last row for a cell wins, and across
/// uploads the last upload does, so the same upload twice changes nothing.
/// </summary>
public sealed class SpendUpload(SpendStore store, IOptions<CascadeOptions> options)
{
    public async Task<SpendUploadResult> AcceptAsync(ReadOnlyMemory<byte> body, SpendFormat format, CancellationToken cancellationToken = default)
    {
        var currency = options.Value.Currency.ToUpperInvariant();
        var read = format == SpendFormat.Csv ? SpendCsvReader.Read(body, currency) : SpendJsonReader.Read(body, currency);
        if (!read.IsValid)
        {
            return SpendUploadResult.Invalid(read.Errors);
        }

        var cells = SpendEntry.LastPerCell(read.Value!);
        await store.SaveAsync(cells, currency, cancellationToken);
        return SpendUploadResult.Stored(read.Value!.Count, cells.Count);
    }
}
