// Read scaling: loads N then 4N touchpoints into a running Cascade and prints each read's median latency at both
// sizes and their ratio. bench/run-reads.sh starts Azurite and the local runtime and passes its options on.
//   Cascade.Bench.Reads --url http://127.0.0.1:7071 --key KEY [--touchpoints 2500] [--repeats 15] [--storage CONNECTION]
// Given the storage connection, it also times the emulator's own requests at both sizes.

using Cascade.Bench.Reads;

var options = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["--url"] = "http://127.0.0.1:7071",
    ["--key"] = "local-dev-key",
    ["--touchpoints"] = "2500",
    ["--repeats"] = "15",
    ["--storage"] = "",
};
for (var i = 0; i + 1 < args.Length; i += 2)
{
    if (!options.ContainsKey(args[i]))
    {
        Console.Error.WriteLine($"unknown option {args[i]}");
        return 2;
    }

    options[args[i]] = args[i + 1];
}

using var client = new HttpClient { BaseAddress = new Uri(options["--url"]), Timeout = TimeSpan.FromMinutes(5) };
client.DefaultRequestHeaders.Add("x-functions-key", options["--key"]);
return await new ReadScaling(client, int.Parse(options["--touchpoints"]), int.Parse(options["--repeats"]),
    options["--storage"] is { Length: > 0 } storage ? storage : null).RunAsync();
