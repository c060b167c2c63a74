// Measures the ceiling of the storage Cascade runs on (Azurite locally, a storage account in
// Azure) for one fixed, bounded workload, so the figures of different set-ups can be compared.
// Usage: dotnet run -c Release --project bench/Cascade.Bench.StorageCeiling -- [connection string]
// The connection string defaults to CASCADE_AZURITE_CONNECTION (set by scripts/azurite.sh).
// The probe itself lives in Cascade.Bench.Storage, shared with the load tool.

using Cascade.Bench.Storage;

var connection = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("CASCADE_AZURITE_CONNECTION");
if (string.IsNullOrWhiteSpace(connection))
{
    await Console.Error.WriteLineAsync(
        "usage: Cascade.Bench.StorageCeiling [connection string]  (or set CASCADE_AZURITE_CONNECTION)");
    return 2;
}

CeilingReport.Write(Console.Out, await StorageCeilingProbe.RunAsync(connection, CeilingWorkload.Full));
return 0;
