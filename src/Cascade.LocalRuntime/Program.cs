using Cascade.LocalRuntime;

LocalRuntimeOptions options;
try
{
    options = LocalRuntimeOptions.Parse(args, Directory.GetCurrentDirectory());
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"Cascade.LocalRuntime: {e.Message}");
    Console.Error.WriteLine(LocalRuntimeOptions.Usage);
    return 2;
}

var app = LocalRuntimeHost.Create(options);
await app.RunAsync();
return 0;
